package io.pgdrift.diff;

/** How strictly to compare. {@code compareColumnOrder}: a different column position counts as drift. */
public record DiffOptions(boolean compareColumnOrder) {
    public static final DiffOptions DEFAULT = new DiffOptions(false);
}
