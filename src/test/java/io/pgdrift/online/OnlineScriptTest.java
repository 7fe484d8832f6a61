package io.pgdrift.online;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.plan.MigrationMode;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the online script on a real pair: its settings, its transactions, its sized hazards. */
class OnlineScriptTest {

    @Test
    void eachTablesChangesCommitOnTheirOwnAndHazardsCarryTheTablesSize() throws Exception {
        int major = PostgresServers.highest();
        String schema = "CREATE TABLE a (id int); CREATE TABLE b (id int);";
        TestDatabase production = PostgresServers.server(major).createDatabase("online_shape_prod")
                .execute(schema + "INSERT INTO a SELECT generate_series(1, 30000);").execute("ANALYZE a");
        TestDatabase staging = PostgresServers.server(major).createDatabase("online_shape_staging")
                .execute(schema + "ALTER TABLE a ADD COLUMN note text; ALTER TABLE a DROP COLUMN id;"
                        + "ALTER TABLE b ADD COLUMN note text; ALTER TABLE b DROP COLUMN id;");

        Drift online = Drift.between(production, staging, new MigrationOptions(MigrationMode.ONLINE,
                Duration.ofMillis(1500)));

        List<String> code = online.script().lines().filter(l -> !l.startsWith("--") && !l.isBlank()).toList();
        assertThat(code).containsExactly("SET lock_timeout = '1500ms';", "SET statement_timeout = '1min';",
                "BEGIN;", "ALTER TABLE public.a DROP COLUMN id;", "COMMIT;",
                "BEGIN;", "ALTER TABLE public.b DROP COLUMN id;", "COMMIT;",
                "BEGIN;", "ALTER TABLE public.a ADD COLUMN note text;", "COMMIT;",
                "BEGIN;", "ALTER TABLE public.b ADD COLUMN note text;", "COMMIT;");
        assertThat(online.script()).contains("-- hazard, data loss: drops column id of public.a (≈30 k rows, ");
        PsqlRun.Result applied = PsqlRun.apply(production, online.script());
        assertThat(applied.exit()).as(applied.output()).isZero();
        assertThat(Drift.between(production, staging, MigrationOptions.DEFAULT).identical()).isTrue();
    }

    @Test
    void transactionalModeIsOneTransactionWithoutTimeouts() {
        int major = PostgresServers.highest();
        TestDatabase production = PostgresServers.server(major).createDatabase("tx_shape_prod")
                .execute("CREATE TABLE a (id int); CREATE TABLE b (id int);");
        TestDatabase staging = PostgresServers.server(major).createDatabase("tx_shape_staging")
                .execute("CREATE TABLE a (id int, note text); CREATE TABLE b (id int, note text);");

        Drift transactional = Drift.between(production, staging,
                MigrationOptions.DEFAULT.withMode(MigrationMode.TRANSACTIONAL));

        assertThat(transactional.script().lines().filter(l -> !l.startsWith("--") && !l.isBlank()))
                .containsExactly("BEGIN;", "ALTER TABLE public.a ADD COLUMN note text;",
                        "ALTER TABLE public.b ADD COLUMN note text;", "COMMIT;");
        assertThat(transactional.script()).contains("-- one transaction: all or nothing");
    }
}
