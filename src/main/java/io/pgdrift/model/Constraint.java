package io.pgdrift.model;

/**
 * A table constraint (NOT NULL is a column property, not listed here, even on PostgreSQL 18 which also
 * keeps it in {@code pg_constraint}).
 *
 * @param type       {@code PRIMARY KEY}, {@code UNIQUE}, {@code FOREIGN KEY}, {@code CHECK} or {@code EXCLUDE}
 * @param definition {@code pg_get_constraintdef} without a trailing {@code NOT VALID}, whitespace normalised
 * @param validated  false for a constraint added {@code NOT VALID} and not validated since
 * @param references for a foreign key, the key of the referenced table, else null
 */
public record Constraint(ObjectKey key, String type, String definition, boolean validated, ObjectKey references,
                         String comment) implements SchemaObject {
}
