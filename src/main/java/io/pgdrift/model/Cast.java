package io.pgdrift.model;

/**
 * A cast ({@code CREATE CAST}) between two types, database-wide: its key's name is
 * {@code source AS target} with both types as {@code format_type} prints them (schema-qualified outside
 * {@code pg_catalog}). Built-in casts and those an extension owns are not read.
 *
 * @param method   {@code FUNCTION}, {@code BINARY} ({@code WITHOUT FUNCTION}) or {@code INOUT}
 * @param function for {@code FUNCTION}, the function as {@code regprocedure} prints it, else null
 * @param context  {@code EXPLICIT}, {@code ASSIGNMENT} or {@code IMPLICIT}
 */
public record Cast(ObjectKey key, String source, String target, String method, String function, String context,
                   String comment) implements SchemaObject {
}
