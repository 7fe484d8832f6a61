package io.pgdrift.diff;

import io.pgdrift.model.Snapshot;
import java.util.List;

/**
 * How strictly to compare. {@code compareColumnOrder}: a different column position counts as drift;
 * {@code compareOwners}: a different owner counts as drift (owners usually differ between environments);
 * {@code roleMap}: staging's role names as production calls them.
 */
public record DiffOptions(boolean compareColumnOrder, boolean compareOwners, RoleMap roleMap) {
    public static final DiffOptions DEFAULT = new DiffOptions(false);

    /** What a report lists as not compared when owners are not. */
    static final String OWNERS_NOT_COMPARED = "owners (compareOwners is off)";

    public DiffOptions {
        roleMap = roleMap == null ? RoleMap.NONE : roleMap;
    }

    public DiffOptions(boolean compareColumnOrder) {
        this(compareColumnOrder, false, RoleMap.NONE);
    }

    /**
     * Production as the diff and the plan see it: as read, owners included, since the plan names production's
     * owner where its privileges change; the diff compares owners only when asked.
     */
    public Snapshot production(Snapshot production) {
        return production;
    }

    /** Staging as the diff and the plan see it: in production's role names, without owners unless compared. */
    public Snapshot staging(Snapshot staging) {
        return roleMap.applyTo(compareOwners ? staging : staging.with(staging.objects(), List.of()));
    }
}
