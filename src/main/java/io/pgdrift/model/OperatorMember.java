package io.pgdrift.model;

/**
 * One operator or support function of an operator family or class ({@code pg_amop} / {@code pg_amproc}).
 *
 * @param operator  an operator (strategy {@code number}) rather than a support function (support {@code number})
 * @param leftType  the left operand type the member serves, as {@code format_type} prints it
 * @param rightType the right operand type
 * @param target    the operator's schema-qualified name, or the function's signature as {@code regprocedure}
 *                  prints it
 * @param orderBy   for an ordering operator, the schema-qualified sort operator family; else null
 */
public record OperatorMember(boolean operator, int number, String leftType, String rightType, String target,
                             String orderBy) {
}
