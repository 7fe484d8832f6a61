package io.pgdrift.model;

/**
 * A text search parser ({@code CREATE TEXT SEARCH PARSER}): its functions, schema-qualified
 * ({@code pg_catalog.prsd_start}); {@code headlineFunction} is optional (null).
 */
public record TextSearchParser(ObjectKey key, String startFunction, String tokenFunction, String endFunction,
                               String lextypesFunction, String headlineFunction, String comment)
        implements SchemaObject {
}
