package io.pgdrift.diff;

import io.pgdrift.model.Snapshot;
import java.util.List;

/** Compares two snapshots into typed changes, sorted by key; linear in the number of objects. */
public final class Differ {

    /** What takes {@code from} (production) to {@code to} (staging). */
    public List<Change> diff(Snapshot from, Snapshot to, ObjectFilter filter, DiffOptions options) {
        throw new UnsupportedOperationException("not built yet");
    }
}
