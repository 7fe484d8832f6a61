package io.pgdrift.report;

import static io.pgdrift.report.Reports.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.diff.Change;
import io.pgdrift.diff.Samples;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Execution;
import io.pgdrift.plan.MigrationMode;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.plan.MigrationPlan;
import io.pgdrift.plan.Statement;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SqlScriptTest {

    @Test
    void identicalPrintsNothing() {
        assertThat(SqlScript.render(Reports.identical())).isEmpty();
    }

    @Test
    void transactionalHeaderThenEveryStatementWithItsCommentsInTransactionBlocks() {
        DriftReport report = DriftReport.of(Reports.CONTEXT, Reports.CHANGES, Reports.plan(Reports.TRANSACTIONAL));

        assertThat(SqlScript.render(report)).isEqualTo("""
                -- pgdrift migration · pair app · fingerprint %s
                -- apply to FROM (production): production · PostgreSQL 13.22
                -- to match TO (staging): staging · PostgreSQL 18.1
                -- 3 changes (1 added, 1 removed, 1 altered) · 4 statements, 3 with hazards
                -- run: psql -v ON_ERROR_STOP=1 -f migration.sql
                -- one transaction: all or nothing, and every lock it takes is held until COMMIT

                BEGIN;

                -- staging ahead · table public.orders
                CREATE TABLE public.orders (id bigint NOT NULL);

                -- staging ahead · column public.users.email
                -- hazard, table rewrite: rewrites public.users
                -- hazard, ACCESS EXCLUSIVE lock: locks public.users while it runs
                ALTER TABLE public.users ALTER COLUMN email TYPE character varying(200);

                -- staging ahead · column public.users.email
                -- hazard, full-table validation scan: scans public.users
                --   safer path: add CHECK (email IS NOT NULL) NOT VALID, validate it, then SET NOT NULL
                ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;

                COMMIT;

                -- production ahead · index public.users.users_tmp_idx · runs outside a transaction
                -- hazard, cannot run in a transaction: DROP INDEX CONCURRENTLY
                DROP INDEX CONCURRENTLY public.users_tmp_idx;

                """.formatted(report.fingerprint()));
    }

    @Test
    void onlineSetsTheTimeoutsAndKeepsEachTablesChangesInATransactionOfTheirOwn() {
        ObjectKey users = ObjectKey.of(ObjectKind.TABLE, "public", "users");
        ObjectKey orders = ObjectKey.of(ObjectKind.TABLE, "public", "orders");
        ObjectKey check = ObjectKey.member(ObjectKind.CONSTRAINT, "public", "users", "users_age_check");
        MigrationPlan plan = new MigrationPlan(List.of(
                new Statement("CREATE FUNCTION f() ...;", ObjectKey.of(ObjectKind.FUNCTION, "public", "f"),
                        Direction.STAGING_AHEAD, List.of(), Execution.IN_TRANSACTION, false, null),
                new Statement("ALTER TABLE users ADD COLUMN a int;", users, Direction.STAGING_AHEAD, List.of(),
                        Execution.IN_TRANSACTION, false, users),
                new Statement("ALTER TABLE users ADD CONSTRAINT users_age_check CHECK (age > 0) NOT VALID;", check,
                        Direction.STAGING_AHEAD, List.of(), Execution.IN_TRANSACTION, false, users),
                new Statement("ALTER TABLE orders ADD COLUMN b int;", orders, Direction.STAGING_AHEAD, List.of(),
                        Execution.IN_TRANSACTION, false, orders),
                new Statement("ALTER TABLE users VALIDATE CONSTRAINT users_age_check;", check,
                        Direction.STAGING_AHEAD, List.of(), Execution.OWN_TRANSACTION, true, users),
                new Statement("CREATE INDEX CONCURRENTLY ON orders (b);", orders, Direction.STAGING_AHEAD, List.of(),
                        Execution.OUTSIDE_TRANSACTION, true, orders),
                new Statement("ALTER TABLE orders ALTER COLUMN b TYPE text;", orders, Direction.STAGING_AHEAD,
                        List.of(), Execution.IN_TRANSACTION, true, orders),
                new Statement("ALTER TABLE orders ALTER COLUMN b SET DEFAULT 'x';", orders, Direction.STAGING_AHEAD,
                        List.of(), Execution.IN_TRANSACTION, false, orders)),
                List.of(), new MigrationOptions(MigrationMode.ONLINE, Duration.ofMillis(2500)));
        String script = SqlScript.render(DriftReport.of(Reports.CONTEXT, Reports.CHANGES, plan));

        assertThat(script).contains("-- run: psql -v ON_ERROR_STOP=1 -f migration.sql\n-- online: waits at most 2500ms");
        assertThat(script.lines().filter(l -> !l.startsWith("--") && !l.isBlank())).containsExactly(
                "SET lock_timeout = '2500ms';",
                "SET statement_timeout = '1min';",
                "BEGIN;",
                "CREATE FUNCTION f() ...;",
                "ALTER TABLE users ADD COLUMN a int;",
                "ALTER TABLE users ADD CONSTRAINT users_age_check CHECK (age > 0) NOT VALID;",
                "COMMIT;",
                "BEGIN;",
                "ALTER TABLE orders ADD COLUMN b int;",
                "COMMIT;",
                "SET statement_timeout = '0';",
                "ALTER TABLE users VALIDATE CONSTRAINT users_age_check;",
                "CREATE INDEX CONCURRENTLY ON orders (b);",
                "BEGIN;",
                "ALTER TABLE orders ALTER COLUMN b TYPE text;",
                "SET statement_timeout = '1min';",
                "ALTER TABLE orders ALTER COLUMN b SET DEFAULT 'x';",
                "COMMIT;");
        assertThat(script).contains("-- staging ahead · constraint public.users.users_age_check · runs in a "
                + "transaction of its own · no statement_timeout: it reads every row\n");
    }

    @Test
    void transactionBlocksCloseAroundEachNonTransactionalStatement() {
        ObjectKey t = ObjectKey.of(ObjectKind.TABLE, "public", "t");
        MigrationPlan plan = new MigrationPlan(List.of(
                statement("SELECT 1;", t, Direction.STAGING_AHEAD, true),
                statement("SELECT 2;", t, Direction.STAGING_AHEAD, false),
                statement("SELECT 3;", t, Direction.STAGING_AHEAD, false),
                statement("SELECT 4;", t, Direction.STAGING_AHEAD, true),
                statement("SELECT 5;", t, Direction.STAGING_AHEAD, true)), List.of(), Reports.TRANSACTIONAL);
        String script = SqlScript.render(DriftReport.of(Reports.CONTEXT, Reports.CHANGES, plan));

        List<String> code = script.lines().filter(l -> !l.startsWith("--") && !l.isBlank()).toList();
        assertThat(code).containsExactly("BEGIN;", "SELECT 1;", "COMMIT;", "SELECT 2;", "SELECT 3;", "BEGIN;",
                "SELECT 4;", "SELECT 5;", "COMMIT;");
    }

    @Test
    void catalogTextCannotLeaveItsComment() {
        ObjectKey evil = ObjectKey.of(ObjectKind.TABLE, "public", "x\nDROP TABLE keep;");
        MigrationPlan plan = new MigrationPlan(List.of(statement("SELECT 1;", evil, Direction.STAGING_AHEAD, true,
                new Hazard(HazardKind.DATA_LOSS, "drops x\r\nDROP TABLE keep;", "none\nDROP TABLE keep;"))), List.of(),
                Reports.TRANSACTIONAL);
        BriefContext context = new BriefContext("a\nDROP TABLE keep;", "p\nDROP TABLE keep;", "s", null, null, null);

        String script = SqlScript.render(DriftReport.of(context, List.of(new Change.Added(Samples.table("public", "x"))),
                plan));

        assertThat(script.lines().filter(l -> !l.startsWith("--") && !l.isBlank()))
                .containsExactly("BEGIN;", "SELECT 1;", "COMMIT;");
    }

    static List<Integer> versions() {
        return PostgresServers.ends();
    }

    /** The script runs as is with psql, comments with hostile names included, CONCURRENTLY outside BEGIN. */
    static List<Object[]> versionsAndModes() {
        return versions().stream().flatMap(v -> java.util.Arrays.stream(MigrationMode.values())
                .map(m -> new Object[] {v, m})).toList();
    }

    @ParameterizedTest(name = "PostgreSQL {0}, {1}")
    @MethodSource("versionsAndModes")
    void appliesWithPsql(int major, MigrationMode mode, @TempDir Path dir) throws Exception {
        TestDatabase db = PostgresServers.server(major).createDatabase("sqlscript")
                .execute("CREATE TABLE keep (id int); CREATE TABLE users (id int, tmp int);"
                        + " CREATE INDEX users_tmp_idx ON users (tmp);");
        ObjectKey hostile = ObjectKey.member(ObjectKind.COLUMN, "public", "users", "x';\nDROP TABLE keep; --");
        MigrationPlan plan = new MigrationPlan(List.of(
                statement("CREATE TABLE public.orders (id bigint NOT NULL);",
                        ObjectKey.of(ObjectKind.TABLE, "public", "orders"), Direction.STAGING_AHEAD, true),
                statement("ALTER TABLE public.users ADD COLUMN \"x';\nDROP TABLE keep; --\" text;", hostile,
                        Direction.STAGING_AHEAD, true, new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK,
                                "locks users to add \"x';\nDROP TABLE keep; --\"", null)),
                statement("DROP INDEX CONCURRENTLY public.users_tmp_idx;",
                        ObjectKey.member(ObjectKind.INDEX, "public", "users", "users_tmp_idx"),
                        Direction.PRODUCTION_AHEAD, false),
                statement("CREATE INDEX CONCURRENTLY orders_id_idx ON public.orders (id);",
                        ObjectKey.member(ObjectKind.INDEX, "public", "orders", "orders_id_idx"),
                        Direction.STAGING_AHEAD, false),
                statement("COMMENT ON TABLE public.orders IS 'it''s : ok';",
                        ObjectKey.of(ObjectKind.TABLE, "public", "orders"), Direction.STAGING_AHEAD, true)),
                List.of(), MigrationOptions.DEFAULT.withMode(mode));
        Path file = dir.resolve("migration.sql");
        Files.writeString(file, SqlScript.render(DriftReport.of(Reports.CONTEXT, Reports.CHANGES, plan)));

        Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", file.toString(), db.uri())
                .redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(psql.waitFor()).as(output).isZero();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relnamespace = 'public'::regnamespace")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("keep,orders,orders_id_idx,users");
        }
    }
}
