package io.pgdrift.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pgdrift.plan.MigrationMode;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code DETACH PARTITION ... CONCURRENTLY} stopped between its two transactions leaves the partition pending
 * detach ({@code pg_inherits.inhdetachpending}); pgdrift run again reads that and finishes it with
 * {@code DETACH ... FINALIZE}, and the pair converges. The stop is real: a reader holds a transaction on the
 * parent, so the detach's second transaction waits for it and gives up at the script's lock_timeout.
 */
class InterruptedDetachTest {
    private static final String SCHEMA = """
            CREATE TABLE events (id bigint NOT NULL, happened date NOT NULL) PARTITION BY RANGE (happened);
            CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
            CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            INSERT INTO events SELECT g, date '2023-01-01' + (g % 700) FROM generate_series(1, 10000) g;
            """;
    private static final MigrationOptions ONLINE =
            new MigrationOptions(MigrationMode.ONLINE, Duration.ofMillis(500));

    @Test
    void aDetachStoppedBetweenItsTransactionsIsFinalizedByTheNextRun() throws Exception {
        List<Integer> majors = PostgresServers.versions().stream().filter(m -> m >= 14).toList();
        assumeTrue(!majors.isEmpty(), "DETACH ... CONCURRENTLY needs PostgreSQL 14 or later; this build tests "
                + PostgresServers.versions());
        PgServer server = PostgresServers.server(majors.get(majors.size() - 1));
        TestDatabase production = server.createDatabase("detach_p").execute(SCHEMA);
        TestDatabase staging = server.createDatabase("detach_s")
                .execute(SCHEMA + "ALTER TABLE events DETACH PARTITION events_2023;");
        try {
            Drift first = Drift.between(production, staging, ONLINE);
            assertThat(first.script()).contains("ALTER TABLE public.events DETACH PARTITION public.events_2023 "
                    + "CONCURRENTLY;");

            PsqlRun.Result stopped;
            try (Connection reader = production.connect(); Statement s = reader.createStatement()) {
                reader.setAutoCommit(false);
                s.execute("SELECT count(*) FROM events"); // its lock on events lasts until the rollback below
                stopped = PsqlRun.apply(production, first.script());
                reader.rollback();
            }
            assertThat(stopped.exit()).as("psql stops at the lock timeout: %s", stopped.output()).isNotZero();
            assertThat(stopped.output()).contains("lock timeout");
            assertThat(pending(production)).as("events_2023 is left pending detach").isTrue();

            Drift second = Drift.between(production, staging, ONLINE);
            assertThat(second.script()).contains("ALTER TABLE public.events DETACH PARTITION public.events_2023 "
                    + "FINALIZE;").doesNotContain("CONCURRENTLY;");
            PsqlRun.Result rest = PsqlRun.apply(production, second.script());
            assertThat(rest.exit()).as("psql output:\n%s\n--- script\n%s", rest.output(), second.script()).isZero();

            assertThat(pending(production)).isFalse();
            Drift after = Drift.between(production, staging, ONLINE);
            assertThat(after.changes()).as("drift left:\n%s", after.script()).isEmpty();
        } finally {
            production.drop();
            staging.drop();
        }
    }

    private static boolean pending(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM pg_inherits WHERE inhrelid = 'events_2023'::regclass AND inhdetachpending")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
