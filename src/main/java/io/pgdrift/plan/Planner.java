package io.pgdrift.plan;

import io.pgdrift.diff.Change;
import io.pgdrift.model.Snapshot;
import io.pgdrift.plan.kind.SnapshotIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        // The two indexes are independent and each costs a pass over every object of its side (a third of the
        // main thread's work on a 5,000-table pair): production's is built on another core meanwhile.
        CompletableFuture<SnapshotIndex> fromIndexing = CompletableFuture.supplyAsync(() -> new SnapshotIndex(from));
        SnapshotIndex toIndex = new SnapshotIndex(to);
        SnapshotIndex fromIndex = joined(fromIndexing);
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

    /** The index built on the other thread; its failure is rethrown as it was thrown there. */
    private static SnapshotIndex joined(CompletableFuture<SnapshotIndex> indexing) {
        try {
            return indexing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
