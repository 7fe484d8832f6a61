package io.pgdrift.model;

import java.util.List;

/**
 * A table constraint (NOT NULL is a column property, not listed here, even on PostgreSQL 18 which also
 * keeps it in {@code pg_constraint}).
 *
 * @param type       {@code PRIMARY KEY}, {@code UNIQUE}, {@code FOREIGN KEY}, {@code CHECK} or {@code EXCLUDE}
 * @param definition {@code pg_get_constraintdef} without a trailing {@code NOT VALID}, whitespace normalised
 * @param validated  false for a constraint added {@code NOT VALID} and not validated since
 * @param references for a foreign key, the key of the referenced table, else null
 * @param indexOptions storage parameters of the index behind a key or exclusion constraint, catalog order
 * @param indexComment the comment on the index behind a key or exclusion constraint ({@code COMMENT ON INDEX})
 */
public record Constraint(ObjectKey key, String type, String definition, boolean validated, ObjectKey references,
                         @Unordered List<String> indexOptions, String indexComment, String comment)
        implements SchemaObject {
    public Constraint {
        indexOptions = Lists.copy(indexOptions);
    }
}
