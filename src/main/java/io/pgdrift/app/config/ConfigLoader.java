package io.pgdrift.app.config;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pgdrift.PgdriftException;
import io.pgdrift.Redaction;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.ObjectFilter;
import io.pgdrift.plan.MigrationMode;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.ticket.LinearSettings;
import io.pgdrift.ticket.Routing;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code pgdrift.yaml}: substitutes {@code ${VAR}}s, checks keys and shapes, binds the records, then
 * validates every value. Everything wrong is collected and reported together, each with its key path, and
 * nothing runs with a configuration that has a problem.
 */
public final class ConfigLoader {
    public static final Path DEFAULT_FILE = Path.of("pgdrift.yaml");
    public static final String CONFIG_VARIABLE = "PGDRIFT_CONFIG";
    static final Path DEFAULT_OUTBOX = Path.of("pgdrift-outbox");
    private static final Pattern PAIR_NAME = PairConfig.NAME;
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    // a key given twice is refused rather than letting the last one win silently
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
    private final Map<String, String> env;

    /** @param env the environment {@code ${VAR}} reads from ({@code System.getenv()}, or a map in tests) */
    public ConfigLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The file to read: {@code --config} when given, else {@code ./pgdrift.yaml} when present, else {@code $PGDRIFT_CONFIG}. */
    public Path locate(Path option) {
        if (option != null) {
            return option;
        }
        if (Files.exists(DEFAULT_FILE) || env.get(CONFIG_VARIABLE) == null) {
            return DEFAULT_FILE;
        }
        return Path.of(env.get(CONFIG_VARIABLE));
    }

    public Config load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new PgdriftException("cannot read configuration " + file + " (" + e.getClass().getSimpleName()
                    + "); pass --config FILE or set " + CONFIG_VARIABLE);
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), base);
    }

    /** @param base folder that relative paths ({@code apiKeyFile}, {@code outbox}) are resolved against */
    public Config parse(String text, String source, Path base) {
        List<ConfigProblem> problems = new ArrayList<>();
        JsonNode tree;
        try {
            tree = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            // the YAML parser's message spans several lines (with a snippet); one line is enough here
            String reason = e.getOriginalMessage().strip().lines().findFirst().orElse("not valid YAML").strip();
            throw new ConfigException(source, List.of(new ConfigProblem("(yaml)", where + reason)));
        }
        if (tree == null || tree instanceof MissingNode) {
            throw new ConfigException(source, List.of(new ConfigProblem("(top level)", "the file is empty")));
        }
        EnvSubstitution substitution = new EnvSubstitution(env, problems);
        substitution.apply(tree, "");
        boolean singleDiscover = wrapSingleDiscover(tree);
        new KeyCheck(problems).check(tree, ConfigFile.class, "");
        if (!problems.isEmpty() && !tree.isObject()) {
            throw new ConfigException(source, problems);
        }
        ConfigFile file;
        try {
            file = yaml.treeToValue(tree, ConfigFile.class);
        } catch (JsonProcessingException e) {
            // KeyCheck has already reported every shape problem this could be about
            throw new ConfigException(source, problems.isEmpty()
                    ? List.of(new ConfigProblem("(top level)", e.getOriginalMessage())) : problems);
        }
        Config config = new Resolution(problems, substitution.unresolved(), base,
                singleDiscover ? "discover" : null).resolve(file);
        if (!problems.isEmpty()) {
            throw new ConfigException(source, singleDiscover ? unwrapDiscoverPaths(problems) : problems);
        }
        return config;
    }

    /**
     * {@code discover:} may be one mapping or a list of them; one mapping is bound as a list of one. Returns
     * true when it was wrapped, so problems can name {@code discover.x} as the user wrote it.
     */
    private static boolean wrapSingleDiscover(JsonNode tree) {
        if (tree instanceof com.fasterxml.jackson.databind.node.ObjectNode object && object.path("discover").isObject()) {
            object.set("discover", object.arrayNode().add(object.get("discover")));
            return true;
        }
        return false;
    }

    private static List<ConfigProblem> unwrapDiscoverPaths(List<ConfigProblem> problems) {
        return problems.stream().map(p -> p.path().startsWith("discover[0]")
                ? new ConfigProblem("discover" + p.path().substring("discover[0]".length()), p.message()) : p).toList();
    }

    /** Turns the bound text into typed values, adding a problem for each one that does not make sense. */
    private static final class Resolution {
        private final List<ConfigProblem> problems;
        private final Set<String> unresolved;
        /** pairs[].linear by pair name, laid over the linear section once both are read */
        private final Map<String, Routing> pairRouting = new java.util.LinkedHashMap<>();
        private final Path base;
        private final String singleDiscoverPath;

        /** @param singleDiscoverPath {@code "discover"} when that key held one mapping rather than a list, else null */
        Resolution(List<ConfigProblem> problems, Set<String> unresolved, Path base, String singleDiscoverPath) {
            this.problems = problems;
            this.unresolved = unresolved;
            this.base = base;
            this.singleDiscoverPath = singleDiscoverPath;
        }

        Config resolve(ConfigFile file) {
            Optional<LinearSettings> linear = Optional.ofNullable(file.linear()).map(this::linear);
            List<DiscoverConfig> discover = discover(file.discover());
            List<PairConfig> pairs = pairs(file.pairs(), file.discover() != null && !file.discover().isEmpty());
            linear = linear.map(settings -> settings.withPairRouting(pairRouting));
            if (file.linear() == null && !pairRouting.isEmpty()) {
                problem("linear", "pairs route tickets (pairs[].linear) but there is no linear section; add one with"
                        + " apiKey and team");
            }
            Optional<Schedule> schedule = Optional.ofNullable(file.schedule()).map(this::schedule);
            Path outbox = file.outbox() == null || file.outbox().isBlank() ? DEFAULT_OUTBOX : Path.of(file.outbox());
            return new Config(linear, pairs, schedule, outbox, parallelism(file.parallelism()), discover,
                    new AgentsSection(problems, unresolved, base).resolve(file.agents()),
                    migration(file.migration()));
        }

        private int parallelism(Integer configured) {
            if (configured == null) {
                return Config.defaultParallelism();
            }
            if (configured < 1 || configured > Config.MAX_PARALLELISM) {
                problem("parallelism", configured + " is out of range; give 1 to " + Config.MAX_PARALLELISM
                        + " pairs at once (each holds two connections), or leave it out for one per processor");
            }
            return Math.max(1, Math.min(configured, Config.MAX_PARALLELISM));
        }

        private List<PairConfig> pairs(List<ConfigFile.Pair> pairs, boolean discovering) {
            if (pairs == null || pairs.isEmpty()) {
                if (!discovering) {
                    problem("pairs", "at least one pair is required (name, staging, production), or a discover: section");
                }
                return List.of();
            }
            List<PairConfig> result = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < pairs.size(); i++) {
                ConfigFile.Pair pair = pairs.get(i);
                String path = "pairs[" + i + "]";
                if (pair == null) {
                    problem(path, "empty pair; give name, staging and production");
                    continue;
                }
                String name = pair.name();
                if (name == null || name.isBlank()) {
                    problem(path + ".name", "missing; every pair needs a name (used in ticket titles and file names)");
                } else if (!PAIR_NAME.matcher(name).matches()) {
                    problem(path + ".name", "\"" + name + "\" may hold only letters, digits, '.', '_' and '-'");
                } else if (seen.putIfAbsent(name, i) != null) {
                    problem(path + ".name", "duplicate pair name \"" + name + "\" (also pairs[" + seen.get(name) + "])");
                }
                DatabaseUrl staging = url(pair.staging(), path + ".staging");
                DatabaseUrl production = url(pair.production(), path + ".production");
                if (staging != null && production != null && staging.masked().equals(production.masked())) {
                    problem(path, "staging and production are the same database (" + staging.masked() + ")");
                }
                ObjectFilter filter = filter(pair, path);
                DiffOptions options = PairOptions.of(pair, path, problems);
                if (pair.linear() != null && name != null) {
                    pairRouting.put(name, pairLinear(pair.linear(), path + ".linear"));
                }
                result.add(new PairConfig(name, staging, production, filter, options, Boolean.TRUE.equals(pair.allowEmpty())));
            }
            return result;
        }

        private List<DiscoverConfig> discover(List<ConfigFile.Discover> entries) {
            List<DiscoverConfig> result = new ArrayList<>();
            if (entries == null) {
                return result;
            }
            for (int i = 0; i < entries.size(); i++) {
                String path = singleDiscoverPath != null ? singleDiscoverPath : "discover[" + i + "]";
                ConfigFile.Discover entry = entries.get(i);
                if (entry == null) {
                    problem(path, "empty entry; give staging, production and databases");
                    continue;
                }
                ServerUrl staging = server(entry.staging(), path + ".staging");
                ServerUrl production = server(entry.production(), path + ".production");
                if (staging != null && production != null && staging.toString().equals(production.toString())) {
                    problem(path, "staging and production are the same server and database (" + staging + ")");
                }
                Pattern databases = null;
                if (entry.databases() == null || entry.databases().isBlank()) {
                    problem(path + ".databases", "missing; give a glob on database names such as tenant_* (* for all)");
                } else {
                    databases = ObjectFilter.glob(entry.databases());
                }
                List<Pattern> excluded = nonBlank(entry.excludeDatabases(), path + ".excludeDatabases",
                        "empty pattern; give a database name or glob such as tenant_test*").stream()
                        .map(ObjectFilter::glob).toList();
                String name = entry.name() == null ? DiscoverConfig.PLACEHOLDER : entry.name();
                if (!name.contains(DiscoverConfig.PLACEHOLDER)
                        || !PAIR_NAME.matcher(name.replace(DiscoverConfig.PLACEHOLDER, "db")).matches()) {
                    problem(path + ".name", "\"" + name + "\" must contain " + DiscoverConfig.PLACEHOLDER
                            + " and otherwise only letters, digits, '.', '_' and '-', e.g. eu-" + DiscoverConfig.PLACEHOLDER);
                }
                PairConfig defaults = discoverDefaults(entry.defaults(), path + ".defaults");
                if (staging != null && production != null && databases != null) {
                    result.add(new DiscoverConfig(path, staging, production, databases, excluded, name, defaults));
                }
            }
            return result;
        }

        /** The settings every discovered pair gets: a pair entry without name, staging and production. */
        private PairConfig discoverDefaults(ConfigFile.Pair defaults, String path) {
            if (defaults == null) {
                return new PairConfig(null, null, null, ObjectFilter.ALL, DiffOptions.DEFAULT, false);
            }
            setByDiscovery(defaults.name(), path + ".name");
            setByDiscovery(defaults.staging(), path + ".staging");
            setByDiscovery(defaults.production(), path + ".production");
            if (defaults.linear() != null) {
                problem(path + ".linear", "discovered pairs file where the linear section says; route a database"
                        + " elsewhere by listing it under pairs: with its own linear: overrides");
            }
            return new PairConfig(null, null, null, filter(defaults, path),
                    PairOptions.of(defaults, path, problems), Boolean.TRUE.equals(defaults.allowEmpty()));
        }

        private void setByDiscovery(String value, String path) {
            if (value != null) {
                problem(path, "set by discovery for each database; remove it here");
            }
        }

        private ServerUrl server(String text, String path) {
            return parsed(text, path, "missing; give the server as a postgresql:// URL of its postgres database "
                    + "(or ${VARIABLE} holding one)", ServerUrl::parse);
        }

        /** The pair's schemas and exclude patterns; an empty entry is a problem at its index. */
        private ObjectFilter filter(ConfigFile.Pair pair, String path) {
            List<String> schemas = nonBlank(pair.schemas(), path + ".schemas", "empty schema name; give one such as public");
            List<String> excludes = nonBlank(pair.exclude(), path + ".exclude",
                    "empty pattern; give a qualified name or glob such as public.flyway_schema_history or audit.*_tmp");
            try {
                return new ObjectFilter(schemas, excludes);
            } catch (PgdriftException e) {
                problem(path, e.getMessage());
                return ObjectFilter.ALL;
            }
        }

        private List<String> nonBlank(List<String> values, String path, String message) {
            if (values == null) {
                return List.of();
            }
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null || values.get(i).isBlank()) {
                    problem(path + "[" + i + "]", message);
                } else {
                    kept.add(values.get(i));
                }
            }
            return kept;
        }

        private DatabaseUrl url(String text, String path) {
            return parsed(text, path, "missing; give a postgresql:// URL (or ${VARIABLE} holding one)", DatabaseUrl::parse);
        }

        /** A URL-like value parsed, or null with a problem (none when its variable was already reported unset). */
        private <T> T parsed(String text, String path, String missing, java.util.function.Function<String, T> parser) {
            if (unresolved.contains(path)) {
                return null;
            }
            if (text == null || text.isBlank()) {
                problem(path, missing);
                return null;
            }
            try {
                return parser.apply(text);
            } catch (PgdriftException e) {
                problem(path, Redaction.text(e.getMessage()));
                return null;
            }
        }

        private LinearSettings linear(ConfigFile.Linear linear) {
            String key = linear.apiKey();
            if (linear.apiKeyFile() != null && key != null) {
                problem("linear.apiKeyFile", "give either apiKey or apiKeyFile, not both");
            } else if (linear.apiKeyFile() != null && !unresolved.contains("linear.apiKeyFile")) {
                key = readKeyFile(base.resolve(linear.apiKeyFile()));
            } else if ((key == null || key.isBlank()) && !unresolved.contains("linear.apiKey")) {
                problem("linear.apiKey", "missing; set apiKey: ${LINEAR_API_KEY} or apiKeyFile: <file holding the key>");
            }
            if (linear.team() == null || linear.team().isBlank()) {
                problem("linear.team", "missing; give the team key (ENG) or name");
            }
            URI apiUrl = LinearSettings.DEFAULT_API_URL;
            if (linear.apiUrl() != null && !unresolved.contains("linear.apiUrl")) {
                apiUrl = httpUri(linear.apiUrl(), "linear.apiUrl");
            }
            Routing routing = new Routing(linear.team(), linear.project(), orEmpty(linear.labels()), linear.assignee(),
                    priority(linear.priority(), "linear.priority"), isAuto(linear.priority()));
            return new LinearSettings(apiUrl, key, routing, Map.of());
        }

        /** A pair's {@code linear} overrides; what it leaves out comes from the {@code linear} section. */
        private Routing pairLinear(ConfigFile.PairLinear linear, String path) {
            if (linear.team() != null && linear.team().isBlank()) {
                problem(path + ".team", "empty; give the team key (BILL) or name, or leave the key out");
            }
            return new Routing(linear.team(), linear.project(), orEmpty(linear.labels()), linear.assignee(),
                    priority(linear.priority(), path + ".priority"), isAuto(linear.priority()));
        }

        private static boolean isAuto(String priority) {
            return priority != null && priority.strip().equalsIgnoreCase("auto");
        }

        /** A fixed Linear priority 0-4; null when absent, {@code auto} or wrong (a problem is noted). */
        private Integer priority(String text, String path) {
            if (text == null || isAuto(text)) {
                return null;
            }
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= 0 && value <= 4) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, like an out-of-range number
            }
            problem(path, "\"" + text + "\" is not a Linear priority; use 0 (none), 1 (urgent), 2 (high), 3 (medium),"
                    + " 4 (low) or auto (from the hazards, or the triage agent)");
            return null;
        }

        private String readKeyFile(Path file) {
            try {
                String key = Files.readString(file).trim();
                if (key.isEmpty()) {
                    problem("linear.apiKeyFile", file + " is empty; put the Linear API key in it");
                }
                return key;
            } catch (IOException e) {
                problem("linear.apiKeyFile", "cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
                return null;
            }
        }

        private URI httpUri(String text, String path) {
            try {
                URI uri = URI.create(text);
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    problem(path, "\"" + text + "\" is not an http(s) URL");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                problem(path, "\"" + text + "\" is not a URL");
                return null;
            }
        }

        private Schedule schedule(ConfigFile.Schedule schedule) {
            Cron cron = null;
            if (schedule.cron() == null || schedule.cron().isBlank()) {
                problem("schedule.cron", "missing; give a 5-field cron such as \"0 3 * * *\" (03:00 every day)");
            } else {
                try {
                    cron = CRON.parse(schedule.cron()).validate();
                } catch (IllegalArgumentException e) {
                    problem("schedule.cron", "\"" + schedule.cron() + "\" is not a 5-field cron (minute hour day month weekday): "
                            + e.getMessage());
                }
            }
            ZoneId zone = ZoneId.of("UTC");
            if (schedule.timezone() != null) {
                try {
                    zone = ZoneId.of(schedule.timezone());
                } catch (DateTimeException e) {
                    problem("schedule.timezone", "\"" + schedule.timezone() + "\" is not a time zone; use an IANA name such as UTC or Europe/Berlin");
                }
            }
            return cron == null ? null : new Schedule(schedule.cron(), cron, zone);
        }

        /** The online script's lock timeout; the mode is always online for tickets (what a reviewer applies live). */
        private MigrationOptions migration(ConfigFile.Migration migration) {
            if (migration == null || migration.lockTimeout() == null || unresolved.contains("migration.lockTimeout")) {
                return MigrationOptions.DEFAULT;
            }
            try {
                return new MigrationOptions(MigrationMode.ONLINE, LockTimeout.parse(migration.lockTimeout()));
            } catch (PgdriftException e) {
                problem("migration.lockTimeout", e.getMessage());
                return MigrationOptions.DEFAULT;
            }
        }

        private void problem(String path, String message) {
            problems.add(new ConfigProblem(path, message));
        }

        private static List<String> orEmpty(List<String> list) {
            return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
        }
    }
}
