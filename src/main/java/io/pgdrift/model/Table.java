package io.pgdrift.model;

import java.util.List;

/**
 * A table. Columns, constraints, indexes, triggers and policies are objects of their own, keyed by this
 * table's schema and name.
 *
 * @param unlogged        {@code CREATE UNLOGGED TABLE}
 * @param partitionKey    for a partitioned table, {@code pg_get_partkeydef} ({@code RANGE (created_at)}), else null
 * @param partitionOf     for a partition, the key of its parent table, else null
 * @param partitionBound  for a partition, {@code FOR VALUES ...} or {@code DEFAULT}, else null
 * @param inherits        parents of a (non-partition) inheritance child, in {@code inhseqno} order
 * @param rowSecurity     {@code ENABLE ROW LEVEL SECURITY}
 * @param forceRowSecurity {@code FORCE ROW LEVEL SECURITY}
 * @param options         storage parameters ({@code reloptions}), sorted, as {@code name=value}
 */
public record Table(ObjectKey key, boolean unlogged, String partitionKey, ObjectKey partitionOf,
                    String partitionBound, List<ObjectKey> inherits, boolean rowSecurity, boolean forceRowSecurity,
                    List<String> options, List<Grant> grants, String comment) implements SchemaObject {
    public Table {
        inherits = Lists.copy(inherits);
        options = Lists.copy(options);
        grants = Lists.copy(grants);
    }
}
