package io.pgdrift.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.diff.Change;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.Differ;
import io.pgdrift.diff.ObjectFilter;
import io.pgdrift.model.Snapshot;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The apply round trip of every scenario in {@code src/test/resources/scenarios}: production.sql and staging.sql
 * are loaded into fresh databases P and S; the SQL migration pgdrift plans from P to S is applied to P with
 * the real {@code psql -v ON_ERROR_STOP=1}; then pgdrift must find no change left between P and S (the CLI,
 * {@code pgdrift diff --format sql}, prints nothing and exits 0), and
 * {@code pg_dump --schema-only} of both must agree (on servers pg_dump 15 can read). An optional
 * {@code expected.json} names changes, hazards and SQL the scenario must produce.
 * Cases run three at a time: each mostly waits on psql, pg_dump and the servers.
 */
@Isolated // the CLI's log settings are process-wide: no other test class may run meanwhile
@Execution(ExecutionMode.CONCURRENT)
class ScenarioRoundTripTest {

    /** Scenarios that fail for a reason outside the planner, with the reason; they are skipped, not hidden. */
    static final Map<String, String> KNOWN_FAILING = Map.of();

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> scenarios() throws IOException, URISyntaxException {
        Path root = scenarioRoot();
        List<String> names;
        try (Stream<Path> dirs = Files.list(root)) {
            names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        String only = System.getProperty("pgdrift.scenarios", "");
        if (!only.isBlank()) {
            List<String> wanted = List.of(only.split(","));
            names = names.stream().filter(wanted::contains).toList();
        }
        List<Arguments> cases = new ArrayList<>();
        for (int major : PostgresServers.ends()) {
            for (String name : names) {
                cases.add(Arguments.of(name, major));
                ORDER.add(name + "@" + major);
            }
        }
        return cases.stream();
    }

    /** The two databases of one case, created and loaded. */
    private record Pair(TestDatabase production, TestDatabase staging) {
    }

    /** Cases in the order JUnit runs them, so the next ones can be set up while one runs. */
    private static final List<String> ORDER = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final Map<String, Future<Pair>> PREPARED = new ConcurrentHashMap<>();
    private static final ExecutorService SETUP = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "scenario-setup");
        thread.setDaemon(true);
        return thread;
    });
    private static final int LOOKAHEAD = 2;

    /** This case's databases, and the set-up of the next cases started in the background. */
    private static Pair databases(String scenario, int major) throws Exception {
        String id = scenario + "@" + major;
        Future<Pair> mine = prepare(id);
        int at = ORDER.indexOf(id);
        for (int i = at + 1; at >= 0 && i <= at + LOOKAHEAD && i < ORDER.size(); i++) {
            prepare(ORDER.get(i));
        }
        try {
            return mine.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } finally {
            PREPARED.remove(id);
        }
    }

    private static Future<Pair> prepare(String id) {
        return PREPARED.computeIfAbsent(id, key -> SETUP.submit(() -> {
            String scenario = key.substring(0, key.indexOf('@'));
            int major = Integer.parseInt(key.substring(key.indexOf('@') + 1));
            Path dir = scenarioRoot().resolve(scenario);
            String tag = scenario.replaceAll("[^a-z0-9]+", "_");
            TestDatabase production = PostgresServers.server(major).createDatabase("p_" + tag);
            TestDatabase staging = PostgresServers.server(major).createDatabase("s_" + tag);
            Psql.apply(production, dir.resolve("production.sql"));
            Psql.apply(staging, dir.resolve("staging.sql"));
            return new Pair(production, staging);
        }));
    }

    static Path scenarioRoot() throws URISyntaxException {
        return Path.of(ScenarioRoundTripTest.class.getResource("/scenarios").toURI());
    }

    @ParameterizedTest(name = "{0} on PostgreSQL {1}")
    @MethodSource("scenarios")
    void migrationAppliesAndLeavesNoDrift(String scenario, int major) throws Exception {
        Assumptions.assumeFalse(KNOWN_FAILING.containsKey(scenario), () -> "known failing: " + KNOWN_FAILING.get(scenario));
        Path dir = scenarioRoot().resolve(scenario);
        JsonNode expected = Files.exists(dir.resolve("expected.json"))
                ? JSON.readTree(dir.resolve("expected.json").toFile()) : JSON.createObjectNode();
        if (expected.has("minMajor")) {
            Assumptions.assumeTrue(major >= expected.get("minMajor").asInt(), "the scenario needs a newer server");
        }
        String tag = scenario.replaceAll("[^a-z0-9]+", "_");
        Pair pair = databases(scenario, major);
        TestDatabase production = pair.production();
        TestDatabase staging = pair.staging();

        if (expected.has("changes") || expected.has("someChanges") || expected.has("backport")
                || expected.has("nonTransactional")) {
            Snapshot from = read(production);
            Snapshot to = read(staging);
            List<Change> changes = new Differ().diff(from, to, ObjectFilter.ALL, DiffOptions.DEFAULT);
            checkModel(scenario, expected, changes, new Planner().plan(from, to, changes));
        }

        Cli.Result diff = Cli.run("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "sql");
        boolean identical = expected.has("changes") && expected.get("changes").isEmpty();
        assertThat(diff.exitCode()).as("diff exit code of %s: %s", scenario, diff.err()).isEqualTo(identical ? 0 : 2);
        String script = diff.out();
        checkScript(scenario, expected, script);

        if (!identical) {
            Path file = Files.createTempFile("pgdrift-" + tag, ".sql");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Psql.Result applied = Psql.run(production, file);
            Files.deleteIfExists(file);
            if (applied.exitCode() != 0) {
                fail("the migration of " + scenario + " did not apply on PostgreSQL " + major + ":\n"
                        + applied.output() + "\n--- script ---\n" + script);
            }
        }

        Cli.Result again = Cli.run("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "sql");
        assertThat(again.out()).as("what is left after applying the migration of %s:\n%s", scenario, script).isEmpty();
        assertThat(again.exitCode()).as("diff exit code after the migration: %s", again.err()).isZero();

        if (major <= 15) {
            List<List<String>> dumps = PgDump.normalised(production, staging);
            assertThat(dumps.get(0)).as("pg_dump of production after the migration vs staging\n%s", script)
                    .isEqualTo(dumps.get(1));
        }
    }

    private static Snapshot read(TestDatabase db) {
        return new CatalogReader().read(DatabaseUrl.parse(db.uri()));
    }

    private static void checkModel(String scenario, JsonNode expected, List<Change> changes, MigrationPlan plan) {
        TreeSet<String> actual = new TreeSet<>();
        for (Change change : changes) {
            actual.add(sign(change) + " " + change.key());
        }
        if (expected.has("changes")) {
            TreeSet<String> wanted = new TreeSet<>();
            expected.get("changes").forEach(n -> wanted.add(n.asText()));
            assertThat(actual).as("changes detected in %s", scenario).isEqualTo(wanted);
        }
        if (expected.has("someChanges")) {
            expected.get("someChanges").forEach(n -> assertThat(actual).as("changes of %s", scenario).contains(n.asText()));
        }
        if (expected.has("backport")) {
            String backport = String.join("\n", plan.backport().stream().map(Statement::sql).toList());
            expected.get("backport").forEach(n -> assertThat(backport).as("backport of %s", scenario).contains(n.asText()));
        }
        if (expected.has("nonTransactional")) {
            List<String> outside = plan.statements().stream().filter(s -> !s.transactional()).map(Statement::sql).toList();
            expected.get("nonTransactional").forEach(n -> assertThat(outside).as("statements outside a transaction in %s",
                    scenario).anyMatch(s -> s.contains(n.asText())));
        }
    }

    /** Hazards are checked as the script shows them: a comment line per hazard above its statement. */
    private static void checkScript(String scenario, JsonNode expected, String script) {
        if (expected.has("hazards")) {
            expected.get("hazards").forEach(n -> assertThat(script).as("hazards in the script of %s", scenario)
                    .contains("-- hazard, " + HazardKind.valueOf(n.asText()).label() + ":"));
        }
        if (expected.has("noHazards")) {
            expected.get("noHazards").forEach(n -> assertThat(script).as("hazards in the script of %s", scenario)
                    .doesNotContain("-- hazard, " + HazardKind.valueOf(n.asText()).label() + ":"));
        }
        if (expected.has("sql")) {
            expected.get("sql").forEach(n -> assertThat(script).as("script of %s", scenario).contains(n.asText()));
        }
        if (expected.has("noSql")) {
            expected.get("noSql").forEach(n -> assertThat(script).as("script of %s", scenario).doesNotContain(n.asText()));
        }
    }

    private static String sign(Change change) {
        if (change instanceof Change.Added) {
            return "+";
        }
        return change instanceof Change.Removed ? "-" : "~";
    }
}
