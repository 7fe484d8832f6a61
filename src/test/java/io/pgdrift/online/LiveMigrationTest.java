package io.pgdrift.online;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.plan.MigrationMode;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's proof on a production of a million rows that an application keeps writing to: the online script
 * adds an index, a foreign key, a NOT NULL, a CHECK and a UNIQUE without any write waiting longer than the lock
 * timeout, and leaves no drift; the same changes as one transaction stall the writer for longer than that.
 */
class LiveMigrationTest {
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(1);

    @Test
    void onlineScriptNeverMakesAWriteWaitLongerThanTheLockTimeout() throws Exception {
        TestDatabase production = MillionRows.production("live_online");
        TestDatabase staging = MillionRows.staging();
        Drift drift = Drift.between(production, staging, new MigrationOptions(MigrationMode.ONLINE, LOCK_TIMEOUT));
        assertThat(drift.script()).contains("SET lock_timeout = '1s'", "CREATE INDEX CONCURRENTLY", "NOT VALID",
                "VALIDATE CONSTRAINT", "CREATE UNIQUE INDEX CONCURRENTLY");

        LiveWriter.Stats stats = applyWhileWriting(production, drift);

        assertThat(stats.writes()).as("rows the writer wrote during the migration").isGreaterThan(500);
        assertThat(stats.longestWrite()).as("longest write while the online script ran\n--- script\n%s",
                drift.script()).isLessThan(LOCK_TIMEOUT);
        assertThat(Drift.between(production, staging, MigrationOptions.DEFAULT).changes()).isEmpty();
    }

    @Test
    void theSameChangesAsOneTransactionStallTheWriter() throws Exception {
        TestDatabase production = MillionRows.production("live_transactional");
        TestDatabase staging = MillionRows.staging();
        Drift drift = Drift.between(production, staging,
                new MigrationOptions(MigrationMode.TRANSACTIONAL, LOCK_TIMEOUT));

        LiveWriter.Stats stats = applyWhileWriting(production, drift);

        assertThat(stats.longestWrite()).as("the writer waits for the transaction's locks until COMMIT")
                .isGreaterThan(LOCK_TIMEOUT);
        assertThat(Drift.between(production, staging, MigrationOptions.DEFAULT).changes()).isEmpty();
    }

    /** psql applies the script while the writer writes; the script must apply. What the writer saw. */
    private static LiveWriter.Stats applyWhileWriting(TestDatabase production, Drift drift) throws Exception {
        LiveWriter.Stats stats;
        PsqlRun.Result applied;
        try (LiveWriter writer = new LiveWriter(production.connect(), MillionRows.WRITE, 10_000_000)) {
            writer.awaitRunning();
            applied = PsqlRun.apply(production, drift.script());
            stats = writer.stop();
        }
        assertThat(applied.exit()).as("psql output:\n%s\n--- script\n%s", applied.output(), drift.script()).isZero();
        return stats;
    }
}
