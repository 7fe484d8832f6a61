package io.pgdrift.report;

import io.pgdrift.diff.Change;
import io.pgdrift.plan.MigrationPlan;
import java.util.List;

/** Everything a brief is rendered from. Build with {@link #of} so the fingerprint is always the changes'. */
public record DriftReport(BriefContext context, List<Change> changes, MigrationPlan plan, String fingerprint) {
    public DriftReport {
        changes = List.copyOf(changes);
    }

    public static DriftReport of(BriefContext context, List<Change> changes, MigrationPlan plan) {
        return new DriftReport(context, changes, plan, Fingerprint.of(changes));
    }

    public boolean identical() {
        return changes.isEmpty();
    }
}
