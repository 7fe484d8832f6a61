package io.pgdrift.plan;

import io.pgdrift.diff.Change;
import io.pgdrift.model.Snapshot;
import io.pgdrift.plan.kind.SnapshotIndex;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns changes into dependency-ordered DDL that takes FROM (production) to TO (staging), with hazards; and,
 * for what exists only in production, the DDL that would back-port it into staging instead.
 */
public final class Planner {
    private static final Logger LOG = LoggerFactory.getLogger(Planner.class);

    /** The plan for the default options: online, 5 s lock timeout. */
    public MigrationPlan plan(Snapshot from, Snapshot to, List<Change> changes) {
        return plan(from, to, changes, MigrationOptions.DEFAULT);
    }

    public MigrationPlan plan(Snapshot from, Snapshot to, List<Change> changes, MigrationOptions options) {
        SnapshotIndex fromIndex = new SnapshotIndex(from);
        SnapshotIndex toIndex = new SnapshotIndex(to);
        MigrationBuilder.Result result = new MigrationBuilder(fromIndex, toIndex, changes, options).build();
        List<Statement> migration = new TouchedRelations(from).mark(result.statements());
        if (!options.online()) {
            migration = HeldLocks.mark(migration);
        }
        if (result.brokenCycles() > 0) {
            LOG.warn("the migration's dependencies hold {} cycle(s); statements were ordered by kind there: "
                    + "review the order before applying", result.brokenCycles());
        }
        List<Change> backportChanges = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof Change.Removed removed) {
                backportChanges.add(new Change.Added(removed.object()));
            }
        }
        List<Statement> backport = backportChanges.isEmpty() ? List.of()
                : new MigrationBuilder(toIndex, fromIndex, backportChanges,
                        options.withMode(MigrationMode.TRANSACTIONAL)).build().statements().stream()
                        .map(s -> s.withDirection(Direction.PRODUCTION_AHEAD))
                        .toList();
        return new MigrationPlan(migration, backport, options);
    }
}
