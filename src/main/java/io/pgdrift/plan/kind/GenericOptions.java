package io.pgdrift.plan.kind;

import io.pgdrift.plan.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SQL/MED {@code OPTIONS (...)} clause of wrappers, servers, user mappings and foreign tables, from options
 * read as {@code name=value}. An option read as its name alone is a secret whose value was never read: a new one
 * is written with {@link #placeholder} for the reviewer to replace, and one on both sides is left as it is.
 */
final class GenericOptions {
    private GenericOptions() {
    }

    /** The value a reviewer must replace; it names the option and where it goes, never a value. */
    static String placeholder(String option, String owner) {
        return "<fill in: " + option + " of " + owner + ">";
    }

    /** {@code " OPTIONS (a '1', b '2')"} in the given order, or "" when there are none. */
    static String create(List<String> options, String owner) {
        if (options.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parsed(options).forEach((name, value) ->
                parts.add(Sql.ident(name) + " " + Sql.literal(value == null ? placeholder(name, owner) : value)));
        return " OPTIONS (" + String.join(", ", parts) + ")";
    }

    /** {@code "OPTIONS (DROP a, SET b '2', ADD c '3')"} turning {@code from} into {@code to}, or null when equal. */
    static String alter(List<String> from, List<String> to, String owner) {
        Map<String, String> before = parsed(from);
        Map<String, String> after = parsed(to);
        List<String> parts = new ArrayList<>();
        before.keySet().stream().filter(name -> !after.containsKey(name))
                .forEach(name -> parts.add("DROP " + Sql.ident(name)));
        after.forEach((name, value) -> {
            if (!before.containsKey(name)) {
                parts.add("ADD " + Sql.ident(name) + " " + Sql.literal(value == null ? placeholder(name, owner) : value));
            } else if (value != null && !Objects.equals(before.get(name), value)) {
                parts.add("SET " + Sql.ident(name) + " " + Sql.literal(value));
            }
        });
        return parts.isEmpty() ? null : "OPTIONS (" + String.join(", ", parts) + ")";
    }

    /** Names of the secret options (read without a value) that {@code to} adds to {@code from}. */
    static List<String> newSecrets(List<String> from, List<String> to) {
        Map<String, String> before = parsed(from);
        List<String> names = new ArrayList<>();
        parsed(to).forEach((name, value) -> {
            if (value == null && !before.containsKey(name)) {
                names.add(name);
            }
        });
        return names;
    }

    /** Name to value in the given order; a name read without {@code =} maps to null (a secret). */
    static Map<String, String> parsed(List<String> options) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            map.put(eq < 0 ? option : option.substring(0, eq), eq < 0 ? null : option.substring(eq + 1));
        }
        return map;
    }
}
