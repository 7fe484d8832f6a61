package io.pgdrift.catalog;

import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Turns one row of a kind's catalog query into a schema object, and records what its OIDs are called. */
@FunctionalInterface
interface RowReader {
    void read(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException;
}
