package io.pgdrift.plan;

/** Where a statement runs in the online script; the transactional script runs all but the last kind in its one transaction. */
public enum Execution {
    /** a quick change, grouped with the other changes of the same table into a short transaction */
    IN_TRANSACTION,
    /**
     * a long statement whose lock lets the table's readers and writers go on ({@code VALIDATE CONSTRAINT},
     * {@code ANALYZE}): committed on its own, so no other statement's lock is held while it runs
     */
    OWN_TRANSACTION,
    /** cannot run inside a transaction block ({@code CREATE INDEX CONCURRENTLY}, an enum label used later) */
    OUTSIDE_TRANSACTION
}
