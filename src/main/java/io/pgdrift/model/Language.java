package io.pgdrift.model;

import java.util.List;

/**
 * A procedural language ({@code CREATE LANGUAGE}), database-wide. The default {@code plpgsql} and every
 * language an extension created belong to their extension and are not read.
 *
 * @param handler   the call handler, as {@code regproc} prints it
 * @param inline    the {@code INLINE} handler, or null
 * @param validator the {@code VALIDATOR}, or null
 */
public record Language(ObjectKey key, boolean trusted, String handler, String inline, String validator,
                       List<Grant> grants, String comment) implements SchemaObject {
    public Language {
        grants = Lists.copy(grants);
    }
}
