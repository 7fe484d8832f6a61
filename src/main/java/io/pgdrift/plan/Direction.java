package io.pgdrift.plan;

/** Which side is ahead for a change; see DESIGN.md, "Directions". */
public enum Direction {
    /** New or changed in staging: the migration to review and apply to production. */
    STAGING_AHEAD,
    /** Exists only in production (e.g. a hand-made hotfix): back-port it to staging, or remove it. */
    PRODUCTION_AHEAD
}
