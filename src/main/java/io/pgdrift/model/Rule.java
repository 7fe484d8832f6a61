package io.pgdrift.model;

/**
 * A rewrite rule ({@code CREATE RULE}) on a table or view, keyed like a trigger by its relation and its own name.
 * The {@code _RETURN} rule of a view is the view itself and is not a rule here.
 *
 * @param definition {@code pg_get_ruledef}: the complete {@code CREATE RULE} statement, whitespace normalised
 * @param enabled    {@code ORIGIN}, {@code DISABLED}, {@code REPLICA} or {@code ALWAYS}
 */
public record Rule(ObjectKey key, String definition, String enabled, String comment) implements SchemaObject {
}
