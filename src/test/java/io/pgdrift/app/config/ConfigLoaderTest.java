package io.pgdrift.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.ticket.LinearSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final Map<String, String> ENV = Map.of(
            "STAGING_DATABASE_URL", "postgresql://drift:stagingpw@staging-db:5432/app",
            "PRODUCTION_DATABASE_URL", "postgresql://drift:prodpw@prod-db:5432/app",
            "LINEAR_API_KEY", "lin_api_0123456789abcdef");

    private static final String DESIGN_EXAMPLE = """
            linear:
              apiKey: ${LINEAR_API_KEY}          # ${VAR} is read from the environment; apiKeyFile: also accepted
              team: ENG                          # key or name
              project: migration-review
              labels: [schema-drift]             # created in the team when missing
              apiUrl: https://api.linear.app/graphql   # overridable, for proxies and tests
            pairs:
              - name: app
                staging: ${STAGING_DATABASE_URL}
                production: ${PRODUCTION_DATABASE_URL}
                schemas: [public]                # default: every non-system schema
                exclude: [public.flyway_schema_history, "audit.*_tmp"]
            schedule:
              cron: "0 3 * * *"
              timezone: UTC
            outbox: ./pgdrift-outbox            # briefs that could not be delivered (and the demo's), one file each
            """;

    @TempDir
    Path dir;

    private Config parse(String yaml) {
        return new ConfigLoader(ENV).parse(yaml, "pgdrift.yaml", dir);
    }

    private List<String> problems(String yaml) {
        return problems(yaml, ENV);
    }

    private List<String> problems(String yaml, Map<String, String> env) {
        try {
            new ConfigLoader(env).parse(yaml, "pgdrift.yaml", dir);
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
        throw new AssertionError("the configuration was accepted");
    }

    @Test
    void theDesignExampleLoadsWithVariablesSubstituted() {
        Config config = parse(DESIGN_EXAMPLE);

        LinearSettings linear = config.linear().orElseThrow();
        assertThat(linear.apiKey()).isEqualTo("lin_api_0123456789abcdef");
        assertThat(linear.team()).isEqualTo("ENG");
        assertThat(linear.project()).isEqualTo("migration-review");
        assertThat(linear.labels()).containsExactly("schema-drift");
        assertThat(linear.apiUrl()).isEqualTo(URI.create("https://api.linear.app/graphql"));
        assertThat(linear.toString()).doesNotContain("0123456789abcdef");

        PairConfig app = config.pairs().get(0);
        assertThat(app.name()).isEqualTo("app");
        assertThat(app.staging().masked()).contains("staging-db").doesNotContain("stagingpw");
        assertThat(app.production().masked()).contains("prod-db").doesNotContain("prodpw");
        assertThat(app.filter().schemas()).containsExactly("public");
        assertThat(app.filter().excludes()).containsExactly("public.flyway_schema_history", "audit.*_tmp");
        assertThat(app.allowEmpty()).isFalse();
        assertThat(app.options().compareColumnOrder()).isFalse();

        assertThat(config.schedule().orElseThrow().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.schedule().orElseThrow().expression()).isEqualTo("0 3 * * *");
        assertThat(config.outbox()).isEqualTo(Path.of("./pgdrift-outbox"));
    }

    @Test
    void optionalKeysPerPairAndForLinear() throws IOException {
        Files.writeString(dir.resolve("linear.key"), "  lin_api_fromfile  \n");
        Config config = parse("""
                linear: {apiKeyFile: linear.key, team: Engineering, assignee: ops@example.com, priority: 2}
                pairs:
                  - {name: app, staging: "${STAGING_DATABASE_URL}", production: "${PRODUCTION_DATABASE_URL}",
                     allowEmpty: true, compareColumnOrder: true}
                schedule: {cron: "30 2 * * 1-5", timezone: Europe/Berlin}
                """);
        LinearSettings linear = config.linear().orElseThrow();
        assertThat(linear.apiKey()).isEqualTo("lin_api_fromfile");
        assertThat(linear.assignee()).isEqualTo("ops@example.com");
        assertThat(linear.priority()).isEqualTo(2);
        assertThat(linear.labels()).isEmpty();
        assertThat(linear.apiUrl()).isEqualTo(LinearSettings.DEFAULT_API_URL);
        assertThat(config.pairs().get(0).allowEmpty()).isTrue();
        assertThat(config.pairs().get(0).options().compareColumnOrder()).isTrue();
        assertThat(config.schedule().orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(config.outbox()).isEqualTo(ConfigLoader.DEFAULT_OUTBOX);
    }

    @Test
    void withoutLinearOrScheduleThoseAreEmpty() {
        Config config = parse("pairs: [{name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}]");
        assertThat(config.linear()).isEmpty();
        assertThat(config.schedule()).isEmpty();
    }

    @Test
    void migrationLockTimeoutDefaultsToFiveSecondsAndIsReadInItsUnits() {
        String pairs = "pairs: [{name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}]\n";
        assertThat(parse(pairs).migration().lockTimeout()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(parse(pairs + "migration: {lockTimeout: 750ms}").migration().lockTimeout())
                .isEqualTo(java.time.Duration.ofMillis(750));
        assertThat(parse(pairs + "migration: {lockTimeout: 2min}").migration().lockTimeout())
                .isEqualTo(java.time.Duration.ofMinutes(2));
    }

    @Test
    void badMigrationLockTimeoutsAreRejectedWithTheirKeyPath() {
        String pairs = "pairs: [{name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}]\n";
        assertThat(problems(pairs + "migration: {lockTimeout: soon}")).containsExactly(
                "migration.lockTimeout: \"soon\" is not a lock timeout; write a whole number with ms, s or min, "
                        + "such as 5s or 500ms");
        assertThat(problems(pairs + "migration: {lockTimeout: 0s}")).singleElement().asString()
                .startsWith("migration.lockTimeout: lock timeout 0s is out of range");
        assertThat(problems(pairs + "migration: {lockTimeout: 1h}")).singleElement().asString()
                .startsWith("migration.lockTimeout: \"1h\" is not a lock timeout");
        assertThat(problems(pairs + "migration: {lockTimeot: 5s}")).containsExactly(
                "migration.lockTimeot: unknown key (did you mean \"lockTimeout\"?)");
    }

    @Test
    void unknownKeysNameTheNearestKnownKey() {
        assertThat(problems("""
                linear: {apiKey: x, team: ENG, lables: [a]}
                pairs:
                  - {name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}
                  - {name: crm, staging: 'postgresql://a/y', production: 'postgresql://b/y', exlude: [a]}
                schedul: {cron: "0 3 * * *"}
                flavour: vanilla
                """)).containsExactly(
                "linear.lables: unknown key (did you mean \"labels\"?)",
                "pairs[1].exlude: unknown key (did you mean \"exclude\"?)",
                "schedul: unknown key (did you mean \"schedule\"?)",
                "flavour: unknown key (known keys: linear, pairs, schedule, outbox, parallelism, discover, agents, migration)");
    }

    @Test
    void missingVariablesAreNamedAtTheirKeyPathOnce() {
        assertThat(problems(DESIGN_EXAMPLE, Map.of("PRODUCTION_DATABASE_URL", "postgresql://p/app"))).containsExactly(
                "linear.apiKey: environment variable LINEAR_API_KEY is not set",
                "pairs[0].staging: environment variable STAGING_DATABASE_URL is not set");
    }

    @Test
    void malformedUrlsAreRefusedWithTheUrlMasked() {
        List<String> problems = problems("""
                pairs:
                  - {name: app, staging: 'mysql://root:topsecret@db/app', production: 'postgresql://b/x'}
                """);
        assertThat(problems).singleElement().asString().startsWith("pairs[0].staging: ").doesNotContain("topsecret");
    }

    @Test
    void badCronAndTimezoneAreRefused() {
        List<String> problems = problems("""
                pairs: [{name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}]
                schedule: {cron: "0 3 * *", timezone: Mars/Olympus}
                """);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("schedule.cron: \"0 3 * *\" is not a 5-field cron");
        assertThat(problems.get(1)).startsWith("schedule.timezone: \"Mars/Olympus\" is not a time zone");
        assertThat(problems("""
                pairs: [{name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}]
                schedule: {cron: "0 25 * * *"}
                """)).singleElement().asString().startsWith("schedule.cron: ");
    }

    @Test
    void pairsMustBeThereNamedUniquelyAndDistinct() {
        assertThat(problems("linear: {apiKey: x, team: ENG}")).containsExactly(
                "pairs: at least one pair is required (name, staging, production), or a discover: section");
        assertThat(problems("pairs: []")).containsExactly("pairs: at least one pair is required (name, staging, production), or a discover: section");
        assertThat(problems("""
                pairs:
                  - {name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}
                  - {name: app, staging: 'postgresql://a/y', production: 'postgresql://a/y'}
                  - {staging: 'postgresql://a/z'}
                """)).containsExactly(
                "pairs[1].name: duplicate pair name \"app\" (also pairs[0])",
                "pairs[1]: staging and production are the same database (" + masked("postgresql://a/y") + ")",
                "pairs[2].name: missing; every pair needs a name (used in ticket titles and file names)",
                "pairs[2].production: missing; give a postgresql:// URL (or ${VARIABLE} holding one)");
    }

    @Test
    void valuesOfTheWrongShapeAreRefusedAtTheirPath() {
        assertThat(problems("""
                linear: {apiKey: x, team: ENG, labels: schema-drift}
                pairs:
                  - {name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x', allowEmpty: maybe,
                     schemas: [[public]]}
                schedule: "0 3 * * *"
                """)).containsExactly(
                "linear.labels: expected a list, e.g. [a, b]",
                "pairs[0].allowEmpty: expected true or false, not \"maybe\"",
                "pairs[0].schemas[0]: expected a single value, not a list",
                "schedule: expected a mapping of keys");
    }

    @Test
    void emptySchemaNamesAndExcludePatternsAreRefusedAtTheirIndex() {
        assertThat(problems("""
                pairs:
                  - {name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x', schemas: [public, ''],
                     exclude: ['  ']}
                """)).containsExactly(
                "pairs[0].schemas[1]: empty schema name; give one such as public",
                "pairs[0].exclude[0]: empty pattern; give a qualified name or glob such as public.flyway_schema_history or audit.*_tmp");
    }

    @Test
    void linearNeedsAKeyAndATeamAndAValidPriority() {
        assertThat(problems("""
                linear: {project: p, priority: 7, apiUrl: "ftp://linear"}
                pairs: [{name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}]
                """)).containsExactly(
                "linear.apiKey: missing; set apiKey: ${LINEAR_API_KEY} or apiKeyFile: <file holding the key>",
                "linear.team: missing; give the team key (ENG) or name",
                "linear.apiUrl: \"ftp://linear\" is not an http(s) URL",
                "linear.priority: \"7\" is not a Linear priority; use 0 (none), 1 (urgent), 2 (high), 3 (medium), 4 (low)"
                        + " or auto (from the hazards, or the triage agent)");
        assertThat(problems("""
                linear: {apiKeyFile: nowhere.key, team: ENG}
                pairs: [{name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}]
                """)).singleElement().asString().startsWith("linear.apiKeyFile: cannot read ");
    }

    @Test
    void theMessageListsEveryProblemAndNoSecret() {
        assertThatThrownBy(() -> parse("""
                linear: {apiKey: "${LINEAR_API_KEY}", team: ENG, tema: x}
                pairs: [{name: app, staging: "${STAGING_DATABASE_URL}", production: "${STAGING_DATABASE_URL}"}]
                """))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("pgdrift.yaml is not valid (2 problems")
                .hasMessageContaining("linear.tema: unknown key (did you mean \"team\"?)")
                .hasMessageContaining("pairs[0]: staging and production are the same database")
                .message().doesNotContain("stagingpw").doesNotContain("0123456789abcdef");
    }

    @Test
    void yamlSyntaxErrorsAndEmptyFilesAreRefused() {
        assertThat(problems("pairs: [unclosed")).singleElement().asString().startsWith("(yaml): line ")
                .doesNotContain("\n");
        assertThat(problems("pairs:\n  - name: app\n    staging: 'postgresql://a/x'\n    staging: 'postgresql://c/x'\n"
                + "    production: 'postgresql://b/x'\n")).singleElement().asString()
                .startsWith("(yaml): line ").contains("staging").doesNotContain("\n");
        assertThat(problems("")).containsExactly("(top level): the file is empty");
        assertThat(problems("- just\n- a list")).containsExactly("(top level): expected a mapping of keys");
    }

    @Test
    void configFileIsTheOptionElseTheDefaultElseTheVariable() throws IOException {
        ConfigLoader loader = new ConfigLoader(Map.of("PGDRIFT_CONFIG", dir.resolve("from-env.yaml").toString()));
        assertThat(loader.locate(Path.of("given.yaml"))).isEqualTo(Path.of("given.yaml"));
        // the build runs in the project folder, which has no pgdrift.yaml
        assertThat(Files.exists(ConfigLoader.DEFAULT_FILE)).isFalse();
        assertThat(loader.locate(null)).isEqualTo(dir.resolve("from-env.yaml"));
        assertThat(new ConfigLoader(Map.of()).locate(null)).isEqualTo(ConfigLoader.DEFAULT_FILE);
    }

    @Test
    void loadNamesAMissingFileAndHowToPointAtOne() {
        assertThatThrownBy(() -> new ConfigLoader(ENV).load(dir.resolve("absent.yaml")))
                .hasMessageContaining("absent.yaml").hasMessageContaining("--config");
    }

    private static String masked(String url) {
        return io.pgdrift.catalog.DatabaseUrl.parse(url).masked();
    }

    @Test
    void aPairRoutesItsTicketWithOverridesOfTheLinearSection() {
        Config config = parse("""
                linear: {apiKey: lin_api_x, team: ENG, project: migration-review, labels: [schema-drift], priority: auto}
                pairs:
                  - {name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x'}
                  - name: billing
                    staging: 'postgresql://a/b'
                    production: 'postgresql://b/b'
                    linear: {team: BILL, assignee: dba@example.com, labels: [billing-db], priority: 1}
                  - name: crm
                    staging: 'postgresql://a/c'
                    production: 'postgresql://b/c'
                    linear: {project: crm-review}
                """);

        io.pgdrift.ticket.LinearSettings linear = config.linear().orElseThrow();
        assertThat(linear.routing("app")).isEqualTo(new io.pgdrift.ticket.Routing("ENG", "migration-review",
                List.of("schema-drift"), null, null, true));
        assertThat(linear.routing("billing")).isEqualTo(new io.pgdrift.ticket.Routing("BILL", "migration-review",
                List.of("billing-db"), "dba@example.com", 1, false));
        assertThat(linear.routing("crm")).isEqualTo(new io.pgdrift.ticket.Routing("ENG", "crm-review",
                List.of("schema-drift"), null, null, true));
    }

    @Test
    void aPairsRoutingIsValidatedAtItsPath() {
        assertThat(problems("""
                pairs:
                  - name: app
                    staging: 'postgresql://a/x'
                    production: 'postgresql://b/x'
                    linear: {team: '', priority: high, teem: X}
                """)).containsExactly(
                "pairs[0].linear.teem: unknown key (did you mean \"team\"?)",
                "pairs[0].linear.team: empty; give the team key (BILL) or name, or leave the key out",
                "pairs[0].linear.priority: \"high\" is not a Linear priority; use 0 (none), 1 (urgent), 2 (high),"
                        + " 3 (medium), 4 (low) or auto (from the hazards, or the triage agent)",
                "linear: pairs route tickets (pairs[].linear) but there is no linear section; add one with apiKey"
                        + " and team");
    }
}
