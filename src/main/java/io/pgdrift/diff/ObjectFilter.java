package io.pgdrift.diff;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Extension;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which objects take part in a comparison: {@code schemas} to include (empty: every non-system schema) and
 * {@code excludes}, glob patterns ({@code *} any run of characters, {@code ?} one character, everything else
 * literal, case-sensitive) on qualified names such as {@code public.flyway_schema_history} or {@code audit.*_tmp}.
 *
 * <p>A pattern is matched against the qualified relation name ({@code schema.name}) of tables, views,
 * sequences, types and functions (by name, whatever their arguments); columns, constraints, indexes, triggers,
 * policies and the sequence of a serial column go with their table. A pattern that matches a schema name on its own ({@code audit}), or
 * that is {@code <schema>.*}, excludes the schema and everything in it. Extensions and event triggers are
 * database-wide: a pattern matches their bare name; with a schema list, an extension is kept when it is
 * installed in a listed schema and event triggers are left out.
 */
public record ObjectFilter(List<String> schemas, List<String> excludes) {
    public static final ObjectFilter ALL = new ObjectFilter(List.of(), List.of());

    public ObjectFilter {
        schemas = List.copyOf(schemas);
        excludes = List.copyOf(excludes);
        validateSchemas(schemas);
        validatePatterns(excludes);
    }

    /** Throws a one-line {@link PgdriftException} for the first exclude pattern that cannot be used. */
    public static void validatePatterns(List<String> patterns) {
        for (String pattern : patterns) {
            if (pattern == null || pattern.isBlank()) {
                throw new PgdriftException("exclude pattern '" + (pattern == null ? "" : pattern)
                        + "' is empty: give a qualified name or glob such as public.flyway_schema_history or audit.*_tmp");
            }
        }
    }

    private static void validateSchemas(List<String> schemas) {
        for (String schema : schemas) {
            if (schema == null || schema.isBlank()) {
                throw new PgdriftException("schema name '" + (schema == null ? "" : schema)
                        + "' is empty: give the name of a schema to compare, such as public");
            }
        }
    }

    /** Compiles the rules once; the predicate is then cheap enough to call for every object of a snapshot. */
    public Predicate<SchemaObject> compile() {
        return new Compiled(Set.copyOf(schemas), excludes.stream().map(ObjectFilter::glob).toList(),
                excludes.stream().filter(p -> p.endsWith(".*"))
                        .map(p -> glob(p.substring(0, p.length() - 2))).toList());
    }

    /** A glob as an anchored regular expression; every character but {@code *} and {@code ?} is literal. */
    public static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); ) {
            int cp = pattern.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '*' || cp == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(cp == '*' ? ".*" : ".");
            } else {
                literal.appendCodePoint(cp);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private record Compiled(Set<String> schemas, List<Pattern> patterns, List<Pattern> schemaWildcards)
            implements Predicate<SchemaObject> {

        @Override
        public boolean test(SchemaObject object) {
            ObjectKey key = object.key();
            return switch (key.kind()) {
                case EXTENSION -> (schemas.isEmpty() || schemas.contains(((Extension) object).schema()))
                        && !matchesAny(patterns, key.name());
                // database-wide; a user mapping's name is its server's, so it goes with the server
                case EVENT_TRIGGER, FOREIGN_DATA_WRAPPER, FOREIGN_SERVER, USER_MAPPING, PUBLICATION, SUBSCRIPTION ->
                        schemas.isEmpty() && !matchesAny(patterns, key.name());
                case SCHEMA -> included(key.schema()) && !matchesAny(schemaWildcards, key.schema());
                case SEQUENCE -> included(key.schema()) && !matchesAny(patterns, key.qualifiedRelation())
                        && !excludedOwner(((Sequence) object).ownedBy());
                default -> included(key.schema()) && !matchesAny(patterns, key.qualifiedRelation());
            };
        }

        /** A serial column's sequence goes with its table. */
        private boolean excludedOwner(ObjectKey owner) {
            return owner != null && (!included(owner.schema()) || matchesAny(patterns, owner.qualifiedRelation()));
        }

        /** In the schema list, and not a schema excluded as a whole. */
        private boolean included(String schema) {
            return (schemas.isEmpty() || schemas.contains(schema)) && !matchesAny(patterns, schema);
        }

        private static boolean matchesAny(List<Pattern> patterns, String text) {
            for (Pattern pattern : patterns) {
                if (pattern.matcher(text).matches()) {
                    return true;
                }
            }
            return false;
        }
    }
}
