package io.pgdrift.app.job;

import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.model.Snapshot;

/** Where a pair's snapshots come from: the catalog reader in production use. */
@FunctionalInterface
public interface SnapshotSource {
    /** Throws {@link io.pgdrift.PgdriftException} with a one-line reason when the database cannot be read. */
    Snapshot read(DatabaseUrl url);
}
