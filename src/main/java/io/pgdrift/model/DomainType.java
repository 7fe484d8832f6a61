package io.pgdrift.model;

import java.util.List;

/**
 * A domain over a base type ({@code format_type} text), with its own default, NOT NULL, collation (null when
 * the base type's default, else SQL text as in {@link Column#collation()}) and CHECK constraints, sorted by name.
 */
public record DomainType(ObjectKey key, String baseType, boolean notNull, String defaultExpr, String collation,
                         List<DomainCheck> checks, String comment) implements SchemaObject {
    public DomainType {
        checks = Lists.copy(checks);
    }

    /** A named CHECK of a domain; {@code definition} as {@code pg_get_constraintdef} prints it, without NOT VALID. */
    public record DomainCheck(String name, String definition, boolean validated) {
    }
}
