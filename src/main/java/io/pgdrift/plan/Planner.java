package io.pgdrift.plan;

import io.pgdrift.diff.Change;
import io.pgdrift.model.Snapshot;
import java.util.List;

/** Turns changes into dependency-ordered DDL that takes FROM (production) to TO (staging), with hazards. */
public final class Planner {

    public MigrationPlan plan(Snapshot from, Snapshot to, List<Change> changes) {
        throw new UnsupportedOperationException("not built yet");
    }
}
