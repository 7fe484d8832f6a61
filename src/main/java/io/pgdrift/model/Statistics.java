package io.pgdrift.model;

import java.util.List;

/**
 * An extended statistics object ({@code CREATE STATISTICS}), keyed by its own schema and name.
 *
 * @param table       the table or materialized view it is on
 * @param kinds       {@code ndistinct}, {@code dependencies}, {@code mcv}, sorted; the {@code expressions} kind
 *                    PostgreSQL adds by itself is left out, and a single-expression object has none
 * @param columns     the plain columns, in table order (PostgreSQL keeps them sorted by attribute number)
 * @param expressions the expressions (PostgreSQL 14+), as the server deparses them
 * @param target      {@code ALTER STATISTICS ... SET STATISTICS}, or null for the default
 */
public record Statistics(ObjectKey key, ObjectKey table, List<String> kinds, List<String> columns,
                         List<String> expressions, Integer target, String comment) implements SchemaObject {
    public Statistics {
        kinds = Lists.copy(kinds);
        columns = Lists.copy(columns);
        expressions = Lists.copy(expressions);
    }
}
