package io.pgdrift.plan;

/** What applying a statement risks on a busy production. */
public enum HazardKind {
    DATA_LOSS("data loss"),
    ACCESS_EXCLUSIVE_LOCK("ACCESS EXCLUSIVE lock"),
    TABLE_REWRITE("table rewrite"),
    VALIDATION_SCAN("full-table validation scan"),
    BLOCKS_WRITES("blocks writes"),
    NON_TRANSACTIONAL("cannot run in a transaction");

    private final String label;

    HazardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
