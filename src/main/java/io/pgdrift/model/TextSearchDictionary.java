package io.pgdrift.model;

import java.util.List;

/**
 * A text search dictionary ({@code CREATE TEXT SEARCH DICTIONARY}).
 *
 * @param template the template, schema-qualified SQL ({@code pg_catalog.simple})
 * @param options  its options as the server deparses them, one {@code name = value} each, in the order given;
 *                 the order is not drift
 */
public record TextSearchDictionary(ObjectKey key, String template, @Unordered List<String> options, String comment)
        implements SchemaObject {
    public TextSearchDictionary {
        options = Lists.copy(options);
    }
}
