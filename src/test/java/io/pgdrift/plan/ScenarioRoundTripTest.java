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
import io.pgdrift.report.BriefContext;
import io.pgdrift.report.DriftReport;
import io.pgdrift.report.SqlScript;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The apply round trip of every scenario in {@code src/test/resources/scenarios}: production.sql and staging.sql
 * are loaded into fresh databases P and S; the SQL migration pgdrift plans from P to S is applied to P with
 * the real {@code psql -v ON_ERROR_STOP=1}; then pgdrift must find no change left between P and S, and
 * {@code pg_dump --schema-only} of both must agree (on servers pg_dump 15 can read). An optional
 * {@code expected.json} names changes, hazards and SQL the scenario must produce.
 */
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
        List<Arguments> cases = new ArrayList<>();
        for (int major : PostgresServers.ends()) {
            for (String name : names) {
                cases.add(Arguments.of(name, major));
            }
        }
        return cases.stream();
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
            Assumptions.assumeTrue(major >= expected.get("minMajor").asInt(), "scenario needs a newer server");
        }
        String tag = scenario.replaceAll("[^a-z0-9]+", "_");
        TestDatabase production = PostgresServers.server(major).createDatabase("p_" + tag);
        TestDatabase staging = PostgresServers.server(major).createDatabase("s_" + tag);
        Psql.apply(production, dir.resolve("production.sql"));
        Psql.apply(staging, dir.resolve("staging.sql"));

        Snapshot from = read(production);
        Snapshot to = read(staging);
        List<Change> changes = new Differ().diff(from, to, ObjectFilter.ALL, DiffOptions.DEFAULT);
        MigrationPlan plan = new Planner().plan(from, to, changes);
        String script = render(from, to, changes, plan);

        checkExpectations(scenario, expected, changes, plan, script);

        if (!changes.isEmpty()) {
            Path file = Files.createTempFile("pgdrift-" + tag, ".sql");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Psql.Result applied = Psql.run(production, file);
            Files.deleteIfExists(file);
            if (applied.exitCode() != 0) {
                fail("the migration of " + scenario + " did not apply on PostgreSQL " + major + ":\n"
                        + applied.output() + "\n--- script ---\n" + script);
            }
        }

        Snapshot after = read(production);
        List<Change> left = new Differ().diff(after, to, ObjectFilter.ALL, DiffOptions.DEFAULT);
        assertThat(left).as("changes left after applying the migration of %s:\n%s", scenario, script).isEmpty();
        assertThat(render(after, to, left, new Planner().plan(after, to, left)))
                .as("an identical pair prints nothing").isEmpty();

        if (major <= 15) {
            assertThat(PgDump.normalised(production)).as("pg_dump of production after the migration vs staging\n%s", script)
                    .isEqualTo(PgDump.normalised(staging));
        }
    }

    private static Snapshot read(TestDatabase db) {
        return new CatalogReader().read(DatabaseUrl.parse(db.uri()));
    }

    private static String render(Snapshot from, Snapshot to, List<Change> changes, MigrationPlan plan) {
        BriefContext context = new BriefContext("scenario", "production", "staging", from.server(), to.server(),
                Instant.EPOCH);
        return SqlScript.render(DriftReport.of(context, changes, plan));
    }

    private static void checkExpectations(String scenario, JsonNode expected, List<Change> changes, MigrationPlan plan,
                                          String script) {
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
        if (expected.has("hazards")) {
            TreeSet<String> hazards = new TreeSet<>();
            plan.statements().forEach(s -> s.hazards().forEach(h -> hazards.add(h.kind().name())));
            expected.get("hazards").forEach(n -> assertThat(hazards).as("hazards of %s", scenario).contains(n.asText()));
        }
        if (expected.has("noHazards")) {
            TreeSet<String> hazards = new TreeSet<>();
            plan.statements().forEach(s -> s.hazards().forEach(h -> hazards.add(h.kind().name())));
            expected.get("noHazards").forEach(n -> assertThat(hazards).as("hazards of %s", scenario)
                    .doesNotContain(n.asText()));
        }
        if (expected.has("sql")) {
            expected.get("sql").forEach(n -> assertThat(script).as("script of %s", scenario).contains(n.asText()));
        }
        if (expected.has("noSql")) {
            expected.get("noSql").forEach(n -> assertThat(script).as("script of %s", scenario).doesNotContain(n.asText()));
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

    private static String sign(Change change) {
        if (change instanceof Change.Added) {
            return "+";
        }
        return change instanceof Change.Removed ? "-" : "~";
    }
}
