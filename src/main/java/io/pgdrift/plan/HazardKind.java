package io.pgdrift.plan;

/** What applying a statement risks on a busy production. */
public enum HazardKind {
    DATA_LOSS("data loss"),
    ACCESS_EXCLUSIVE_LOCK("ACCESS EXCLUSIVE lock"),
    TABLE_REWRITE("table rewrite"),
    VALIDATION_SCAN("full-table validation scan"),
    BLOCKS_WRITES("blocks writes"),
    NON_TRANSACTIONAL("cannot run in a transaction"),
    /** locks taken by earlier statements of one transaction, held while later ones run, until COMMIT */
    LOCKS_HELD("locks held until COMMIT"),
    /** an index queries may use goes away */
    SLOWER_QUERIES("queries may slow down"),
    /** who may see or change which rows changes: row-level security, policies, grants */
    ACCESS_CONTROL("access control"),
    /** the statement holds a placeholder (a password, a connection string) the reviewer must fill in first */
    PLACEHOLDER("placeholder to fill in"),
    /** logical replication: what subscribers receive, or what this database receives, changes */
    REPLICATION("logical replication");

    private final String label;

    HazardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
