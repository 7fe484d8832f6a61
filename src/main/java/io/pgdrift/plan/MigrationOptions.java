package io.pgdrift.plan;

import java.time.Duration;

/**
 * How the migration is written.
 *
 * @param mode        online (the default) or one transaction
 * @param lockTimeout how long an online statement waits for its lock before it gives up (and the script stops),
 *                    so that a statement queued behind a long transaction never stalls everyone queued behind it
 */
public record MigrationOptions(MigrationMode mode, Duration lockTimeout) {
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);
    public static final MigrationOptions DEFAULT = new MigrationOptions(MigrationMode.ONLINE, DEFAULT_LOCK_TIMEOUT);

    public MigrationOptions {
        if (mode == null) {
            mode = MigrationMode.ONLINE;
        }
        if (lockTimeout == null) {
            lockTimeout = DEFAULT_LOCK_TIMEOUT;
        }
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("lock timeout must be positive, not " + lockTimeout);
        }
    }

    public boolean online() {
        return mode == MigrationMode.ONLINE;
    }

    public MigrationOptions withMode(MigrationMode newMode) {
        return new MigrationOptions(newMode, lockTimeout);
    }
}
