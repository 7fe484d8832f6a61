package io.pgdrift.model;

import java.util.List;

/**
 * A foreign server ({@code CREATE SERVER}), database-wide.
 *
 * @param wrapper the name of its foreign-data wrapper
 * @param type    {@code TYPE}, or null
 * @param version {@code VERSION}, or null
 * @param options generic options as {@code name=value}, in the catalog's order (the order is not drift)
 */
public record ForeignServer(ObjectKey key, String wrapper, String type, String version,
                            @Unordered List<String> options, List<Grant> grants,
                            String comment) implements SchemaObject {
    public ForeignServer {
        options = Lists.copy(options);
        grants = Lists.copy(grants);
    }
}
