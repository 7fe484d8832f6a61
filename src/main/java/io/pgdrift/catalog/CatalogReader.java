package io.pgdrift.catalog;

import io.pgdrift.model.Snapshot;

/**
 * Reads one database's catalog into a {@link Snapshot}: one bulk query per object kind, in one read-only
 * REPEATABLE READ transaction. Never writes.
 */
public final class CatalogReader {

    /** Connects read-only, reads, disconnects. Throws {@link io.pgdrift.PgdriftException} with a one-line reason. */
    public Snapshot read(DatabaseUrl url) {
        throw new UnsupportedOperationException("not built yet");
    }
}
