package io.pgdrift.model;

import java.util.List;

/**
 * A publication ({@code CREATE PUBLICATION}), database-wide.
 *
 * @param allTables         {@code FOR ALL TABLES}
 * @param tables            the tables it lists, by table
 * @param schemas           {@code TABLES IN SCHEMA} (PostgreSQL 15+), sorted
 * @param publish           the published actions in the fixed order {@code insert, update, delete, truncate}
 * @param viaPartitionRoot  {@code publish_via_partition_root}
 * @param generatedColumns  {@code publish_generated_columns} (PostgreSQL 18+) when not {@code none}, else null
 */
public record Publication(ObjectKey key, boolean allTables, List<PublishedTable> tables, List<String> schemas,
                          List<String> publish, boolean viaPartitionRoot, String generatedColumns,
                          String comment) implements SchemaObject {
    public Publication {
        tables = Lists.copy(tables);
        schemas = Lists.copy(schemas);
        publish = Lists.copy(publish);
    }

    /**
     * One listed table with its column list and row filter (PostgreSQL 15+).
     *
     * @param columns the published columns in table order, empty for all
     * @param where   the row filter as the server deparses it, or null
     */
    public record PublishedTable(ObjectKey table, List<String> columns, String where) {
        public PublishedTable {
            columns = Lists.copy(columns);
        }
    }
}
