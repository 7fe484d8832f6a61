package io.pgdrift.model;

/**
 * A text search template ({@code CREATE TEXT SEARCH TEMPLATE}): its functions, schema-qualified;
 * {@code initFunction} is optional (null).
 */
public record TextSearchTemplate(ObjectKey key, String initFunction, String lexizeFunction, String comment)
        implements SchemaObject {
}
