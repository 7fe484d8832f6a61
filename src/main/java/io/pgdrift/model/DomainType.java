package io.pgdrift.model;

import java.util.List;

/**
 * A domain over a base type ({@code format_type} text), with its own default, NOT NULL, collation (null when
 * the base type's default, else SQL text as in {@link Column#collation()}) and CHECK constraints, sorted by name.
 */
public record DomainType(ObjectKey key, String baseType, boolean notNull, String defaultExpr, String collation,
                         List<DomainCheck> checks, List<Grant> grants, String comment) implements SchemaObject {
    public DomainType {
        checks = Lists.copy(checks);
        grants = Lists.copy(grants);
    }

    /**
     * A named CHECK of a domain; {@code definition} as {@code pg_get_constraintdef} prints it, without NOT VALID;
     * {@code comment} from {@code COMMENT ON CONSTRAINT ... ON DOMAIN}.
     */
    public record DomainCheck(String name, String definition, boolean validated, String comment) {
    }
}
