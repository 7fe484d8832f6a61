package io.pgdrift.plan;

/** How the migration script is meant to be applied. */
public enum MigrationMode {
    /**
     * On a live database: {@code lock_timeout}, a {@code statement_timeout} per statement, index builds and drops
     * {@code CONCURRENTLY} outside any transaction, constraints {@code NOT VALID} then validated on their own,
     * and short transactions for the rest. A run that stops part-way is finished by running pgdrift again.
     */
    ONLINE,
    /** One transaction, all or nothing: for small or quiet databases, where holding every lock to the end is fine. */
    TRANSACTIONAL
}
