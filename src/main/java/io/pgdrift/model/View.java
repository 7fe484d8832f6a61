package io.pgdrift.model;

import java.util.List;

/**
 * A view or materialized view (told apart by the key's kind).
 *
 * @param definition the query ({@code pg_get_viewdef}), whitespace normalised, without a trailing semicolon
 * @param options    {@code reloptions} such as {@code security_barrier=true}, {@code check_option=local}, in the
 *                   catalog's order
 * @param columns    the columns with a default or a comment, in column order
 * @param accessMethod a materialized view's access method ({@code USING}), or null for the default {@code heap}
 */
public record View(ObjectKey key, String definition, @Unordered List<String> options, List<Grant> grants, String comment,
                   List<ViewColumn> columns, @UnsetNotFingerprinted String accessMethod)
        implements SchemaObject {
    public View {
        options = Lists.copy(options);
        grants = Lists.copy(grants);
        columns = Lists.copy(columns);
    }

    /** A view, or a materialized view in the default access method. */
    public View(ObjectKey key, String definition, List<String> options, List<Grant> grants, String comment,
                List<ViewColumn> columns) {
        this(key, definition, options, grants, comment, columns, null);
    }

    /** A view whose columns carry no default and no comment. */
    public View(ObjectKey key, String definition, List<String> options, List<Grant> grants, String comment) {
        this(key, definition, options, grants, comment, List.of());
    }
}
