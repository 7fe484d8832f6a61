package io.pgdrift.model;

import java.util.List;

/**
 * A foreign table ({@code CREATE FOREIGN TABLE}) with its columns. A foreign table holds no rows of its own,
 * so its columns are part of it rather than objects of their own: no change to them rewrites or scans data.
 *
 * @param server  the foreign server it reads through
 * @param columns its columns in order (some wrappers, file_fdw for one, map columns by position)
 * @param options table options as {@code name=value}, in the catalog's order (the order is not drift)
 */
public record ForeignTable(ObjectKey key, String server, List<ForeignColumn> columns,
                           @Unordered List<String> options, List<Grant> grants,
                           String comment) implements SchemaObject {
    public ForeignTable {
        columns = Lists.copy(columns);
        options = Lists.copy(options);
        grants = Lists.copy(grants);
    }

    /**
     * One column, as {@link Column} reads it: {@code type} by {@code format_type}, {@code defaultExpr} deparsed,
     * {@code collation} only when it is not the type's default; {@code options} as {@code name=value}.
     */
    public record ForeignColumn(String name, String type, boolean notNull, String defaultExpr, String collation,
                                List<String> options, String comment) {
        public ForeignColumn {
            options = Lists.copy(options);
        }
    }
}
