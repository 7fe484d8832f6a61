package io.pgdrift.model;

/**
 * An operator ({@code CREATE OPERATOR}), keyed by schema, name and its operand types ({@code member}:
 * {@code "integer, integer"}, {@code NONE} for the missing left operand of a prefix operator). Functions and
 * operators it names are schema-qualified SQL ({@code pg_catalog.eqsel}, {@code public.===}); each is null when
 * absent.
 */
public record Operator(ObjectKey key, String function, String commutator, String negator, String restrictFunction,
                       String joinFunction, boolean hashes, boolean merges, String comment) implements SchemaObject {

    /** The left operand type, as {@code format_type} prints it, or {@code NONE}. */
    public String leftType() {
        return key.member().substring(0, key.member().indexOf(", "));
    }

    /** The right operand type, as {@code format_type} prints it. */
    public String rightType() {
        return key.member().substring(key.member().indexOf(", ") + 2);
    }
}
