package io.pgdrift.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgdrift.testing.PgDump;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.Psql;
import io.pgdrift.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one runner of the drift scenarios in {@code src/test/resources/scenarios}, on PostgreSQL 13, 15 and 18.
 * For each scenario and major: production and staging are loaded, snapshotted with {@code pgdrift snapshot},
 * and for every {@link DiffVariant} that runs on the major
 * <ol>
 *   <li>{@code pgdrift diff --format sql} prints exactly the golden migration ({@link Golden}), or for a variant
 *       without one, prints a migration exactly when the default does, with no online form in its statements;</li>
 *   <li>{@code expected.json}, where present, holds ({@link Expectations});</li>
 *   <li>the migration applies with {@code psql -v ON_ERROR_STOP=1 -f} to production, after which pgdrift finds
 *       no drift (an identical pair instead prints nothing in any format);</li>
 * </ol>
 * then, where the installed pg_dump can read the server: before the migration, pgdrift reports drift exactly
 * when the normalised {@code pg_dump --schema-only} of the two databases differ (the differential check), and
 * after it, the dumps are equal (the independent check). A scenario with a {@code known-gap} file stops before
 * these two with an assumption naming the gap.
 * <p>Cases run concurrently, and alongside the other test classes: each mostly waits on psql, pg_dump and the
 * servers, and every in-process CLI run logs within its own invocation (see LogSettings).
 */
@Execution(ExecutionMode.CONCURRENT)
class ScenarioRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static List<Arguments> cases() {
        List<Integer> tested = PostgresServers.versions();
        List<Integer> majors = tested.stream().filter(Scenario.MAJORS::contains).toList();
        List<Arguments> cases = new ArrayList<>();
        for (int major : majors.isEmpty() ? tested : majors) {
            for (Scenario scenario : Scenario.all()) {
                cases.add(Arguments.of(scenario, major));
            }
        }
        return cases;
    }

    @AfterAll
    static void rewriteGoldenFiles() {
        if (Golden.updating()) {
            Golden.writeRecorded();
        }
    }

    @ParameterizedTest(name = "{0} on PostgreSQL {1}")
    @MethodSource("cases")
    void roundTrip(Scenario scenario, int major) throws Exception {
        assumeTrue(scenario.runsOn(major), () -> scenario + " needs PostgreSQL " + scenario.requires() + " or later");
        PgServer server = PostgresServers.server(major);
        List<TestDatabase> created = new ArrayList<>();
        try {
            // common.sql loads once, into a template both sides are copied from
            Optional<TestDatabase> common = scenario.common()
                    .map(sql -> Psql.load(keep(server.createDatabase("t_" + scenario.name()), created), sql));
            TestDatabase production = load(server, common, scenario, scenario.production(), "p_", created);
            TestDatabase staging = load(server, common, scenario, scenario.staging(), "s_", created);
            Path productionSnapshot = snapshot(production, "production.json");
            Path stagingSnapshot = snapshot(staging, "staging.json");
            Optional<String> noPgDump = PgDump.cannotRead(major);
            List<String> stagingDump = noPgDump.isEmpty() ? PgDump.normalised(staging) : List.of();
            List<String> productionDump = noPgDump.isEmpty() ? PgDump.normalised(production) : List.of();

            boolean drift = false;
            List<List<String>> migratedDumps = new ArrayList<>();
            List<DiffVariant> variants = DiffVariant.on(major);
            for (DiffVariant variant : variants) {
                Pgdrift diff = pgdrift(variant.diff(productionSnapshot.toString(), stagingSnapshot.toString(), "sql"));
                String script = diff.out();
                if (variant.golden()) {
                    checkGolden(scenario, variant, major, script);
                } else {
                    assertThat(script.isEmpty()).as("%s prints a migration exactly when the default does", variant)
                            .isEqualTo(!drift);
                    assertThat(script.lines().filter(line -> !line.startsWith("--")))
                            .as("the %s script's statements: no online forms (they name them only in comments)", variant)
                            .noneMatch(line -> line.contains("CONCURRENTLY") || line.contains("lock_timeout"));
                }
                drift = !script.isEmpty();
                assertThat(diff.exit()).as("exit code of diff (2 drift, 0 identical)\n%s", diff).isEqualTo(drift ? 2 : 0);
                if (!drift) {
                    identicalInEveryFormat(variant, productionSnapshot, stagingSnapshot);
                    continue;
                }
                if (variant == DiffVariant.DEFAULT && Expectations.needReport(scenario.expected())) {
                    Pgdrift json = pgdrift(variant.diff(productionSnapshot.toString(), stagingSnapshot.toString(), "json"));
                    Expectations.check(scenario, JSON.readTree(json.out()), script);
                } else if (variant == DiffVariant.DEFAULT) {
                    Expectations.check(scenario, JSON.createObjectNode(), script);
                }
                // every variant but the last migrates production loaded again (not a template copy: a copy lacks
                // what lives in shared catalogs, such as subscriptions), so the next one starts from it as loaded
                boolean last = variant == variants.get(variants.size() - 1);
                TestDatabase target = last ? production
                        : load(server, common, scenario, scenario.production(), "m_", created);
                migrate(target, script, stagingSnapshot, variant);
                if (noPgDump.isEmpty()) {
                    migratedDumps.add(PgDump.normalised(target));
                }
            }

            assumeTrue(scenario.knownGap().isEmpty(), () -> "known gap of " + scenario + " (the golden migration "
                    + "and the round trip passed; the pg_dump checks did not run): " + scenario.knownGap().orElse(""));
            assumeTrue(noPgDump.isEmpty(), () -> noPgDump.orElse("") + ": the pg_dump checks of " + scenario
                    + " did not run (the golden migration and the round trip passed)");
            assertThat(drift).as("pgdrift reports drift exactly when pg_dump --schema-only of the two differs "
                    + "(production, staging):\n%s\n%s", productionDump, stagingDump)
                    .isEqualTo(!productionDump.equals(stagingDump));
            for (List<String> migrated : migratedDumps) {
                assertThat(migrated).as("pg_dump --schema-only of production after the migration vs staging")
                        .isEqualTo(stagingDump);
            }
        } finally {
            created.forEach(TestDatabase::drop);
        }
    }

    /** A database holding {@code side}, on a copy of the template holding {@code common.sql} if there is one. */
    private static TestDatabase load(PgServer server, Optional<TestDatabase> common, Scenario scenario, Path side,
                                     String prefix, List<TestDatabase> created) {
        TestDatabase db = common.isPresent() ? server.copyOf(common.get(), prefix + scenario.name())
                : server.createDatabase(prefix + scenario.name());
        return Psql.load(keep(db, created), side);
    }

    private static TestDatabase keep(TestDatabase db, List<TestDatabase> created) {
        created.add(db);
        return db;
    }

    private Path snapshot(TestDatabase db, String file) {
        Path path = dir.resolve(file);
        Pgdrift run = Pgdrift.inProcess("snapshot", "--db", db.uri(), "--out", path.toString());
        assertThat(run.exit()).as("pgdrift snapshot of %s\n%s", db.name(), run).isZero();
        return path;
    }

    private static void checkGolden(Scenario scenario, DiffVariant variant, int major, String script) {
        if (Golden.updating()) {
            Golden.record(scenario, variant, major, script);
            return;
        }
        Optional<String> golden = Golden.expected(scenario, variant, major);
        assertThat(golden).as("%s of %s: no golden file; write it with mvn verify -Dpgdrift.updateGolden=true "
                + "-Dtest=ScenarioRoundTripTest -Dpgdrift.scenarios=%s and review it", variant.goldenFile(null),
                scenario, scenario).isPresent();
        assertThat(Golden.comparable(script))
                .as("migration of %s (%s) on PostgreSQL %d vs its golden file; if the change is intended, rewrite "
                        + "it with -Dpgdrift.updateGolden=true and review the diff", scenario, variant, major)
                .isEqualTo(golden.get());
    }

    private static void identicalInEveryFormat(DiffVariant variant, Path production, Path staging) {
        for (String format : List.of("markdown", "json")) {
            Pgdrift same = pgdrift(variant.diff(production.toString(), staging.toString(), format));
            assertThat(same.exit()).as("identical pair, --format %s\n%s", format, same).isZero();
            assertThat(same.out()).as("identical pair, --format %s", format).isEmpty();
        }
    }

    /** Applies the script as a brief says, then pgdrift must find production equal to the staging snapshot. */
    private void migrate(TestDatabase production, String script, Path staging, DiffVariant variant) throws Exception {
        Path file = dir.resolve("migration-" + variant + ".sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Psql.Output applied = Psql.apply(production, file);
        assertThat(applied.exit()).as("psql -v ON_ERROR_STOP=1 -f migration.sql on PostgreSQL %d:\n%s\n--- script\n%s",
                production.server().major(), applied.out(), script).isZero();
        Pgdrift after = pgdrift(variant.diff(production.uri(), staging.toString(), "sql"));
        assertThat(after.out()).as("drift left after applying the migration\n--- script\n%s", script).isEmpty();
        assertThat(after.exit()).as("%s", after).isZero();
    }

    private static Pgdrift pgdrift(List<String> arguments) {
        return Pgdrift.inProcess(arguments.toArray(String[]::new));
    }
}
