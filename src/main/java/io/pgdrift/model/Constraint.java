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
 * @param attached   for a key or exclusion constraint of a partitioned table, the constraints of its partitions
 *                   attached to it, keyed by partition and name: not compared (PostgreSQL names them itself), but
 *                   the plan renames a partition's own constraint to staging's name before the parent's takes it over
 */
public record Constraint(ObjectKey key, String type, String definition, boolean validated, ObjectKey references,
                         @Unordered List<String> indexOptions, String indexComment, String comment,
                         @NotCompared List<ObjectKey> attached)
        implements SchemaObject {
    public Constraint {
        indexOptions = Lists.copy(indexOptions);
        attached = Lists.copy(attached);
    }

    /** A constraint no partition's constraint is attached to. */
    public Constraint(ObjectKey key, String type, String definition, boolean validated, ObjectKey references,
                      List<String> indexOptions, String indexComment, String comment) {
        this(key, type, definition, validated, references, indexOptions, indexComment, comment, List.of());
    }
}
