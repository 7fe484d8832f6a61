package io.pgdrift.model;

/**
 * A collation ({@code CREATE COLLATION}). The locale fields are normalised across majors: a libc collation has
 * {@code lcCollate} and {@code lcCtype} and no {@code locale}; an ICU or builtin one has {@code locale} only
 * (PostgreSQL 13 and 14 keep an ICU locale in {@code collcollate}, 15 and 16 in {@code colliculocale}, 17 on in
 * {@code colllocale}). The collation version is left out: it names the operating system's library, not the schema.
 *
 * @param provider      {@code libc}, {@code icu} or {@code builtin}
 * @param rules         ICU tailoring rules (PostgreSQL 16+), or null
 */
public record Collation(ObjectKey key, String provider, String lcCollate, String lcCtype, String locale,
                        boolean deterministic, String rules, String comment) implements SchemaObject {
}
