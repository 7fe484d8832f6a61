package io.pgdrift.diff;

import java.util.List;

/**
 * Which objects take part in a comparison: {@code schemas} to include (empty: every non-system schema) and
 * {@code excludes}, glob patterns ({@code *}, {@code ?}) on qualified names such as {@code public.flyway_schema_history}
 * or {@code audit.*_tmp}; excluding a table excludes its columns, constraints, indexes, triggers and policies.
 */
public record ObjectFilter(List<String> schemas, List<String> excludes) {
    public static final ObjectFilter ALL = new ObjectFilter(List.of(), List.of());

    public ObjectFilter {
        schemas = List.copyOf(schemas);
        excludes = List.copyOf(excludes);
    }
}
