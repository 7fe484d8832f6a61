package io.pgdrift.model;

/**
 * Objects of a kind pgdrift does not compare that one database holds: {@code count} aggregates in schema
 * {@code billing}. Reports name them, so that "identical" never hides what was not looked at.
 *
 * @param kind   singular human name of the kind ({@code aggregate}, {@code foreign server})
 * @param schema the schema holding them; empty for database-wide kinds
 */
public record Uncompared(String kind, String schema, int count) {

    /** {@code 3 aggregates in schema billing}, {@code 1 publication}. */
    public String describe() {
        String what = count == 1 || kind.endsWith("privileges") || kind.endsWith("statistics") ? kind
                : kind.endsWith("s") ? kind + "es" : kind + "s";
        return count + " " + what + (schema.isEmpty() ? "" : " in schema " + schema);
    }
}
