package io.pgdrift.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.Psql;
import io.pgdrift.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Staging and production that name their roles differently ({@code roleMap}), and owners ({@code compareOwners}),
 * through {@code pgdrift diff} on real servers (13, 15 and 18 where the build tests them): the same schema under
 * mapped names is identical; a real difference migrates in production's names and converges; owners differ
 * without drift until they are compared. The pg_dump checks of the scenario runner do not apply here: pg_dump
 * compares role names as written.
 */
class RoleMapRoundTripTest {
    private static final String ROLES = Stream.of("rm_app", "rm_app_staging", "rm_reader", "rm_reader_stg")
            .map(r -> "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + r + "') THEN CREATE ROLE "
                    + r + "; END IF; END $$;\n")
            .reduce("", String::concat);
    private static final List<String> MAPPED = List.of("--role-map", "rm_app_staging=rm_app",
            "--role-map", "rm_reader_stg=rm_reader");

    @TempDir
    Path dir;

    static List<Integer> majors() {
        List<Integer> tested = PostgresServers.versions();
        List<Integer> majors = tested.stream().filter(Scenario.MAJORS::contains).toList();
        return majors.isEmpty() ? tested : majors;
    }

    /** One schema with everything that names a role: owners, grants, a column grant, a policy, default privileges. */
    private static String schema(String app, String reader, boolean defaultPrivileges) {
        return """
                CREATE SCHEMA shop AUTHORIZATION %1$s;
                CREATE TYPE shop.mood AS ENUM ('ok', 'bad');
                ALTER TYPE shop.mood OWNER TO %1$s;
                CREATE TABLE shop.orders (id integer PRIMARY KEY, note text, mood shop.mood);
                ALTER TABLE shop.orders OWNER TO %1$s;
                CREATE SEQUENCE shop.ticket;
                ALTER SEQUENCE shop.ticket OWNER TO %1$s;
                CREATE VIEW shop.notes AS SELECT id, note FROM shop.orders;
                ALTER VIEW shop.notes OWNER TO %1$s;
                CREATE FUNCTION shop.answer() RETURNS integer LANGUAGE sql AS 'SELECT 42';
                ALTER FUNCTION shop.answer() OWNER TO %1$s;
                GRANT USAGE ON SCHEMA shop TO %2$s;
                GRANT SELECT ON shop.orders TO %2$s;
                GRANT UPDATE (note) ON shop.orders TO %2$s;
                GRANT EXECUTE ON FUNCTION shop.answer() TO %2$s;
                ALTER TABLE shop.orders ENABLE ROW LEVEL SECURITY;
                CREATE POLICY readers ON shop.orders FOR SELECT TO %2$s USING (true);
                """.formatted(app, reader)
                + (defaultPrivileges ? "ALTER DEFAULT PRIVILEGES FOR ROLE %1$s IN SCHEMA shop GRANT SELECT ON TABLES TO %2$s;\n"
                        .formatted(app, reader) : "");
    }

    private interface PairCheck {
        void run(TestDatabase production, TestDatabase staging) throws Exception;
    }

    /** Production and staging loaded on one server, checked, and dropped. */
    private static void pair(int major, String name, String production, String staging, PairCheck check)
            throws Exception {
        PgServer server = PostgresServers.server(major);
        List<TestDatabase> created = new ArrayList<>();
        try {
            check.run(database(server, name + "_p", production, created), database(server, name + "_s", staging, created));
        } finally {
            created.forEach(TestDatabase::drop);
        }
    }

    private static TestDatabase database(PgServer server, String name, String sql, List<TestDatabase> created) {
        TestDatabase db = server.createDatabase(name);
        created.add(db);
        return Psql.load(db, ROLES + sql);
    }

    private static Pgdrift diff(TestDatabase production, TestDatabase staging, List<String> options, String format) {
        List<String> args = new ArrayList<>(List.of("diff", "--from", production.uri(), "--to", staging.uri(),
                "--format", format));
        args.addAll(options);
        return Pgdrift.inProcess(args.toArray(String[]::new));
    }

    private static List<String> with(List<String> options, String... more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of(more));
        return all;
    }

    /** Applies the script with psql; afterwards the same diff finds nothing. */
    private void migrate(TestDatabase production, TestDatabase staging, String script, List<String> options)
            throws Exception {
        Path file = dir.resolve("migration.sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Psql.Output applied = Psql.apply(production, file);
        assertThat(applied.exit()).as("psql -f migration.sql:\n%s\n--- script\n%s", applied.out(), script).isZero();
        Pgdrift after = diff(production, staging, options, "sql");
        assertThat(after.out()).as("drift left after the migration\n--- script\n%s", script).isEmpty();
        assertThat(after.exit()).as("%s", after).isZero();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void theSameSchemaUnderMappedRoleNamesIsIdentical(int major) throws Exception {
        pair(major, "rm_same", schema("rm_app", "rm_reader", true), schema("rm_app_staging", "rm_reader_stg", true),
                (production, staging) -> {
                    Pgdrift mapped = diff(production, staging, with(MAPPED, "--compare-owners"), "sql");
                    assertThat(mapped.exit()).as("%s", mapped).isZero();
                    assertThat(mapped.out()).isEmpty();

                    Pgdrift unmapped = diff(production, staging, List.of(), "sql");
                    assertThat(unmapped.exit()).as("without the role map the names differ\n%s", unmapped).isEqualTo(2);
                    assertThat(unmapped.out()).contains("rm_reader_stg");
                });
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void aRealDifferenceMigratesInProductionsNames(int major) throws Exception {
        String stagingSql = schema("rm_app_staging", "rm_reader_stg", true) + """
                GRANT INSERT ON shop.orders TO rm_reader_stg;
                GRANT UPDATE (mood) ON shop.orders TO rm_reader_stg;
                CREATE TABLE shop.returns (id integer);
                ALTER TABLE shop.returns OWNER TO rm_app_staging;
                GRANT SELECT ON shop.returns TO rm_reader_stg;
                ALTER POLICY readers ON shop.orders TO rm_reader_stg, rm_app_staging;
                ALTER DEFAULT PRIVILEGES FOR ROLE rm_app_staging GRANT USAGE ON TYPES TO rm_reader_stg;
                ALTER FUNCTION shop.answer() OWNER TO rm_reader_stg;
                """;
        List<String> options = with(MAPPED, "--compare-owners");
        pair(major, "rm_diff", schema("rm_app", "rm_reader", true), stagingSql, (production, staging) -> {
            Pgdrift drift = diff(production, staging, options, "sql");
            assertThat(drift.exit()).as("%s", drift).isEqualTo(2);
            assertThat(drift.out()).contains(
                    "GRANT INSERT ON TABLE shop.orders TO rm_reader;",
                    "GRANT UPDATE (mood) ON TABLE shop.orders TO rm_reader;",
                    "ALTER TABLE shop.returns OWNER TO rm_app;",
                    "GRANT SELECT ON TABLE shop.returns TO rm_reader;",
                    "ALTER FUNCTION shop.answer() OWNER TO rm_reader;",
                    "ALTER DEFAULT PRIVILEGES FOR ROLE rm_app GRANT USAGE ON TYPES TO rm_reader;")
                    .containsPattern("POLICY readers ON shop\\.orders[^;]*TO rm_app, rm_reader")
                    .doesNotContain("_stg", "rm_app_staging");
            migrate(production, staging, drift.out(), options);
        });
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void ownersAreNoDriftUntilCompared(int major) throws Exception {
        String stagingSql = schema("rm_app_staging", "rm_reader", false)
                + "COMMENT ON TABLE shop.orders IS 'one change besides the owners';\n";
        pair(major, "rm_own", schema("rm_app", "rm_reader", false), stagingSql, (production, staging) -> {
            Pgdrift json = diff(production, staging, List.of(), "json");
            assertThat(json.exit()).as("%s", json).isEqualTo(2);
            var report = new ObjectMapper().readTree(json.out());
            assertThat(report.path("changes")).hasSize(1);
            assertThat(report.path("context").path("notCompared").toString()).contains("owners (compareOwners is off)");
            assertThat(diff(production, staging, List.of(), "markdown").out()).contains("owners (compareOwners is off)");

            List<String> compared = List.of("--compare-owners");
            Pgdrift owners = diff(production, staging, compared, "sql");
            assertThat(owners.exit()).as("%s", owners).isEqualTo(2);
            assertThat(owners.out()).contains("ALTER SCHEMA shop OWNER TO rm_app_staging;",
                    "ALTER TABLE shop.orders OWNER TO rm_app_staging;", "ALTER TYPE shop.mood OWNER TO rm_app_staging;",
                    "ALTER SEQUENCE shop.ticket OWNER TO rm_app_staging;", "ALTER VIEW shop.notes OWNER TO rm_app_staging;",
                    "ALTER FUNCTION shop.answer() OWNER TO rm_app_staging;");
            assertThat(diff(production, staging, compared, "json").out()).doesNotContain("compareOwners is off");
            migrate(production, staging, owners.out(), compared);
        });
    }
}
