package io.pgdrift.online;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.diff.Change;
import io.pgdrift.model.Index;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * An online migration stopped half-way is finished by running pgdrift again: its backend is terminated in the
 * middle of a concurrent index build (what an operator's Ctrl-C, a failover or a lock timeout does), the
 * second run reads the invalid index the build left, reports it and rebuilds it with the rest, and the pair
 * converges.
 */
class InterruptedMigrationTest {

    @Test
    void killedDuringAConcurrentBuildThenRunAgainConverges() throws Exception {
        TestDatabase production = MillionRows.production("interrupted");
        TestDatabase staging = MillionRows.staging();
        Drift first = Drift.between(production, staging, MigrationOptions.DEFAULT);
        String application = "pgdrift-interrupted-" + System.nanoTime();

        PsqlRun run = PsqlRun.start(production, first.script(), application);
        int builder = awaitConcurrentBuild(production, application, run);
        terminate(production, builder);
        PsqlRun.Result stopped = run.await();

        assertThat(stopped.exit()).as("psql stops when its backend goes: %s", stopped.output()).isNotZero();
        assertThat(invalidIndexes(production)).as("the interrupted build leaves an invalid index").isPositive();

        Drift second = Drift.between(production, staging, MigrationOptions.DEFAULT);
        assertThat(second.changes()).as("the rest of the migration").isNotEmpty()
                .anySatisfy(change -> assertThat(leftInvalid(change)).isTrue());
        PsqlRun.Result rest = PsqlRun.apply(production, second.script());
        assertThat(rest.exit()).as("psql output:\n%s\n--- script\n%s", rest.output(), second.script()).isZero();

        assertThat(Drift.between(production, staging, MigrationOptions.DEFAULT).changes()).isEmpty();
        assertThat(invalidIndexes(production)).isZero();
    }

    /** The change for an index production holds invalid: altered, or (for one meant to back a constraint) removed. */
    private static boolean leftInvalid(Change change) {
        if (change instanceof Change.Altered altered && altered.from() instanceof Index index) {
            return index.invalid();
        }
        return change instanceof Change.Removed removed && removed.object() instanceof Index index && index.invalid();
    }

    /**
     * The pid of the script's backend once it is building an index concurrently: polls the progress view while
     * psql runs, for up to a minute.
     */
    private static int awaitConcurrentBuild(TestDatabase db, String application, PsqlRun run)
            throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        try (Connection c = db.connect(); PreparedStatement find = c.prepareStatement(
                "SELECT p.pid FROM pg_stat_progress_create_index p JOIN pg_stat_activity a ON a.pid = p.pid "
                        + "WHERE a.application_name = ? AND p.command = 'CREATE INDEX CONCURRENTLY'")) {
            find.setString(1, application);
            while (Instant.now().isBefore(deadline) && run.running()) {
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
                LockSupport.parkNanos(Duration.ofMillis(5).toNanos()); // polling a condition, not waiting for time
            }
        }
        PsqlRun.Result ended = run.running() ? null : run.await();
        throw new IllegalStateException("the script never started a concurrent index build"
                + (ended == null ? " within a minute" : "; psql ended first: " + ended.output()));
    }

    private static void terminate(TestDatabase db, int pid) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement kill = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
            kill.setInt(1, pid);
            try (ResultSet rs = kill.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("pg_terminate_backend(%d)", pid).isTrue();
            }
        }
    }

    private static int invalidIndexes(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
                        + "WHERE NOT i.indisvalid AND t.relnamespace = 'public'::regnamespace")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
