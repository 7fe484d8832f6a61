package io.pgdrift.model;

import java.util.List;

/**
 * A foreign-data wrapper ({@code CREATE FOREIGN DATA WRAPPER}), database-wide. One an extension created
 * ({@code postgres_fdw}) is the extension's and is not read.
 *
 * @param handler   the handler function ({@code HANDLER}), or null for none
 * @param validator the validator function ({@code VALIDATOR}), or null for none
 * @param options   generic options as {@code name=value}, in the catalog's order (the order is not drift)
 */
public record ForeignDataWrapper(ObjectKey key, ObjectKey handler, ObjectKey validator,
                                 @Unordered List<String> options, List<Grant> grants,
                                 String comment) implements SchemaObject {
    public ForeignDataWrapper {
        options = Lists.copy(options);
        grants = Lists.copy(grants);
    }
}
