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
 * @param options         storage parameters ({@code reloptions}) as {@code name=value}, in the catalog's order
 * @param toastOptions    storage parameters of its TOAST table ({@code toast.name=value} in DDL), as {@code name=value}
 * @param replicaIdentity {@code FULL}, {@code NOTHING} or {@code USING INDEX name}; null for the default
 * @param clusterOn       the index (or constraint index) named by {@code CLUSTER ON}, else null
 * @param partitionColumns for a partition, its columns whose default or NOT NULL differs from its parent's; for an
 *                        inheritance child, those of the columns it only inherits
 * @param detachPending   a partition left half-detached by an interrupted {@code DETACH ... CONCURRENTLY}
 *                        ({@code pg_inherits.inhdetachpending}, 14+): only {@code DETACH ... FINALIZE} finishes it;
 *                        null (an older snapshot file) reads as false. Not compared: a pending detach already
 *                        differs from staging in its parent, and no fingerprint changes for it
 * @param accessMethod    the table access method ({@code USING}), or null for the default {@code heap}
 * @param ofType          for a typed table ({@code CREATE TABLE ... OF type}), the key of its composite type, else null
 */
public record Table(ObjectKey key, boolean unlogged, String partitionKey, ObjectKey partitionOf,
                    String partitionBound, List<ObjectKey> inherits, boolean rowSecurity, boolean forceRowSecurity,
                    @Unordered List<String> options, @Unordered List<String> toastOptions, String replicaIdentity,
                    String clusterOn, List<PartitionColumn> partitionColumns, List<Grant> grants,
                    String comment, @NotCompared Boolean detachPending, @UnsetNotFingerprinted String accessMethod,
                    @UnsetNotFingerprinted ObjectKey ofType)
        implements SchemaObject {
    public Table {
        detachPending = Boolean.TRUE.equals(detachPending);
        inherits = Lists.copy(inherits);
        options = Lists.copy(options);
        toastOptions = Lists.copy(toastOptions);
        partitionColumns = Lists.copy(partitionColumns);
        grants = Lists.copy(grants);
    }

    /** A table that is not typed. */
    public Table(ObjectKey key, boolean unlogged, String partitionKey, ObjectKey partitionOf, String partitionBound,
                 List<ObjectKey> inherits, boolean rowSecurity, boolean forceRowSecurity, List<String> options,
                 List<String> toastOptions, String replicaIdentity, String clusterOn,
                 List<PartitionColumn> partitionColumns, List<Grant> grants, String comment, Boolean detachPending,
                 String accessMethod) {
        this(key, unlogged, partitionKey, partitionOf, partitionBound, inherits, rowSecurity, forceRowSecurity, options,
                toastOptions, replicaIdentity, clusterOn, partitionColumns, grants, comment, detachPending, accessMethod,
                null);
    }

    /** A table in the default access method, {@code heap}. */
    public Table(ObjectKey key, boolean unlogged, String partitionKey, ObjectKey partitionOf, String partitionBound,
                 List<ObjectKey> inherits, boolean rowSecurity, boolean forceRowSecurity, List<String> options,
                 List<String> toastOptions, String replicaIdentity, String clusterOn,
                 List<PartitionColumn> partitionColumns, List<Grant> grants, String comment, Boolean detachPending) {
        this(key, unlogged, partitionKey, partitionOf, partitionBound, inherits, rowSecurity, forceRowSecurity, options,
                toastOptions, replicaIdentity, clusterOn, partitionColumns, grants, comment, detachPending, null);
    }

    /** A table that is not half-detached, in the default access method. */
    public Table(ObjectKey key, boolean unlogged, String partitionKey, ObjectKey partitionOf, String partitionBound,
                 List<ObjectKey> inherits, boolean rowSecurity, boolean forceRowSecurity, List<String> options,
                 List<String> toastOptions, String replicaIdentity, String clusterOn,
                 List<PartitionColumn> partitionColumns, List<Grant> grants, String comment) {
        this(key, unlogged, partitionKey, partitionOf, partitionBound, inherits, rowSecurity, forceRowSecurity, options,
                toastOptions, replicaIdentity, clusterOn, partitionColumns, grants, comment, false);
    }

    /**
     * A partition's own setting of a column it takes from its parent: {@code defaultExpr} (null for none) and
     * {@code notNull} as they are on the partition, listed only where they differ from the parent's.
     */
    public record PartitionColumn(String name, String defaultExpr, boolean notNull) {
    }
}
