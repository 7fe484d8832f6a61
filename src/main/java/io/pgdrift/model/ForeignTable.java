package io.pgdrift.model;

import java.util.List;

/**
 * A foreign table ({@code CREATE FOREIGN TABLE}) with the columns it declares itself. A foreign table holds no
 * rows of its own, so its columns are part of it rather than objects of their own: no change to them rewrites
 * or scans data. Its constraints (CHECK) and triggers are members of their own, as on a table.
 *
 * @param server         the foreign server it reads through
 * @param columns        its own columns in order (some wrappers, file_fdw for one, map columns by position);
 *                       a partition declares none, an inheritance child only those not taken from a parent
 * @param options        table options as {@code name=value}, in the catalog's order (the order is not drift)
 * @param partitionOf    for a partition ({@code PARTITION OF}), the key of its partitioned table, else null
 * @param partitionBound for a partition, {@code FOR VALUES ...} or {@code DEFAULT}, else null
 * @param inherits       the parents of an inheritance child ({@code INHERITS}) in {@code inhseqno} order, else null
 */
public record ForeignTable(ObjectKey key, String server, List<ForeignColumn> columns,
                           @Unordered List<String> options, List<Grant> grants, String comment,
                           @UnsetNotFingerprinted ObjectKey partitionOf, @UnsetNotFingerprinted String partitionBound,
                           @UnsetNotFingerprinted List<ObjectKey> inherits) implements SchemaObject {
    public ForeignTable {
        columns = Lists.copy(columns);
        options = Lists.copy(options);
        grants = Lists.copy(grants);
        inherits = Lists.copyOrUnset(inherits);
    }

    /** A foreign table that is neither a partition nor an inheritance child. */
    public ForeignTable(ObjectKey key, String server, List<ForeignColumn> columns, List<String> options,
                        List<Grant> grants, String comment) {
        this(key, server, columns, options, grants, comment, null, null, null);
    }

    /** Its parents: the partitioned table of a partition, or the INHERITS list. */
    public List<ObjectKey> parents() {
        return partitionOf != null ? List.of(partitionOf) : Lists.copy(inherits);
    }

    /**
     * One column, as {@link Column} reads it: {@code type} by {@code format_type}, {@code defaultExpr} deparsed,
     * {@code collation} and {@code storage} only when not the type's default; {@code options} (the wrapper's) and
     * {@code attributeOptions} ({@code SET (n_distinct = 10)}) as {@code name=value}; {@code statistics} the
     * statistics target when set; {@code grants} its column privileges; {@code notNullName} the NOT NULL
     * constraint's name (18) when not the server's choice. The properties added later read null when unset.
     */
    public record ForeignColumn(String name, String type, boolean notNull, String defaultExpr, String collation,
                                List<String> options, String comment, @UnsetNotFingerprinted String storage,
                                @UnsetNotFingerprinted Integer statistics,
                                @UnsetNotFingerprinted List<String> attributeOptions,
                                @UnsetNotFingerprinted List<Grant> grants,
                                @UnsetNotFingerprinted String notNullName) {
        public ForeignColumn {
            options = Lists.copy(options);
            attributeOptions = Lists.copyOrUnset(attributeOptions);
            grants = Lists.copyOrUnset(grants);
        }

        /** A column with none of the properties added later. */
        public ForeignColumn(String name, String type, boolean notNull, String defaultExpr, String collation,
                             List<String> options, String comment) {
            this(name, type, notNull, defaultExpr, collation, options, comment, null, null, null, null, null);
        }
    }
}
