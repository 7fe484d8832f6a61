package io.pgdrift.plan.kind;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changing a column from one {@code format_type} text to another costs, decided without asking a
 * database and therefore conservatively: {@code USING col::type} unless both types are in a family with
 * implicit or assignment casts, a rewrite unless the change is known to be binary coercible, and narrowing
 * unless it is known to widen.
 */
record TypeChange(boolean needsUsing, boolean rewrite, boolean narrowing) {

    private static final Pattern MODIFIERS = Pattern.compile("\\(([0-9, ]+)\\)");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final Map<String, String> FAMILIES = Map.ofEntries(
            Map.entry("smallint", "number"), Map.entry("integer", "number"), Map.entry("bigint", "number"),
            Map.entry("numeric", "number"), Map.entry("real", "number"), Map.entry("double precision", "number"),
            Map.entry("text", "text"), Map.entry("character varying", "text"), Map.entry("character", "text"),
            Map.entry("timestamp without time zone", "time"), Map.entry("timestamp with time zone", "time"),
            Map.entry("date", "time"),
            Map.entry("bit", "bit"), Map.entry("bit varying", "bit"),
            Map.entry("inet", "net"), Map.entry("cidr", "net"), Map.entry("citext", "text"),
            // a longer fractional precision keeps every value: PostgreSQL relabels without rewriting
            Map.entry("time without time zone", "precision"), Map.entry("time with time zone", "precision"));
    /** An interval's fields, least significant first; {@code interval} without fields ends in seconds. */
    private static final List<String> INTERVAL_FIELDS = List.of("second", "minute", "hour", "day", "month", "year");

    /** A type text split into its base name and numeric modifiers: {@code numeric(10,2)} is numeric, [10, 2]. */
    private record Parsed(String base, List<Integer> modifiers, int arrayDepth) {
        static Parsed of(String text) {
            String t = text.trim();
            int depth = 0;
            while (t.endsWith("[]")) {
                t = t.substring(0, t.length() - 2);
                depth++;
            }
            Matcher m = MODIFIERS.matcher(t);
            List<Integer> mods = List.of();
            if (m.find()) {
                mods = java.util.Arrays.stream(m.group(1).split(",")).map(String::trim).map(Integer::valueOf).toList();
                t = (t.substring(0, m.start()) + t.substring(m.end())).replaceAll("\\s+", " ").trim();
            }
            if (t.endsWith(".citext")) {
                t = "citext"; // the extension's type, wherever it is installed
            }
            return new Parsed(t, mods, depth);
        }

        int modifier(int i) {
            return modifiers.size() > i ? modifiers.get(i) : -1;
        }
    }

    static TypeChange of(String fromText, String toText) {
        Parsed from = Parsed.of(fromText);
        Parsed to = Parsed.of(toText);
        if (from.arrayDepth() != to.arrayDepth()) {
            return new TypeChange(true, true, true);
        }
        if (isInterval(from) && isInterval(to)) {
            return interval(from, to);
        }
        String fromFamily = FAMILIES.get(from.base());
        String toFamily = FAMILIES.get(to.base());
        if (fromFamily == null || !fromFamily.equals(toFamily)) {
            return new TypeChange(true, true, true);
        }
        return switch (fromFamily) {
            case "text" -> text(from, to);
            case "number" -> number(from, to);
            case "time" -> time(from, to);
            case "precision" -> precision(from, to);
            case "bit" -> new TypeChange(false, !widens(from, to) || from.base().equals("bit"), !widens(from, to));
            default -> new TypeChange(false, !(from.base().equals("cidr") && to.base().equals("inet")),
                    !(from.base().equals("cidr") && to.base().equals("inet")));
        };
    }

    /** Same base, and the new length limit is absent or at least the old one. */
    private static boolean widens(Parsed from, Parsed to) {
        if (!from.base().equals(to.base())) {
            return false;
        }
        return to.modifier(0) < 0 || (from.modifier(0) >= 0 && to.modifier(0) >= from.modifier(0));
    }

    private static TypeChange text(Parsed from, Parsed to) {
        boolean toUnlimited = to.base().equals("text") || to.base().equals("citext")
                || (to.base().equals("character varying") && to.modifier(0) < 0);
        if (from.base().equals("character")) {
            // blank-padded values change representation whichever way they go
            return new TypeChange(false, true, !toUnlimited && !(to.base().equals("character") && widens(from, to)));
        }
        if (toUnlimited) {
            return new TypeChange(false, false, false);
        }
        if (to.base().equals("character varying") && from.base().equals("character varying") && widens(from, to)) {
            return new TypeChange(false, false, false);
        }
        return new TypeChange(false, true, true);
    }

    private static TypeChange number(Parsed from, Parsed to) {
        if (from.base().equals("numeric") && to.base().equals("numeric")) {
            if (to.modifiers().isEmpty()) {
                return new TypeChange(false, false, false);
            }
            if (from.modifiers().isEmpty()) {
                return new TypeChange(false, true, true);
            }
            boolean sameScale = Math.max(0, from.modifier(1)) == Math.max(0, to.modifier(1));
            boolean wider = to.modifier(0) >= from.modifier(0);
            return new TypeChange(false, !(sameScale && wider), !(wider && to.modifier(1) >= from.modifier(1)));
        }
        int fromRank = rank(from.base());
        int toRank = rank(to.base());
        boolean exact = toRank <= 3 || fromRank == 0 || fromRank == 4 || (fromRank == 1 && toRank == 5);
        boolean widening = toRank > fromRank && exact;
        return new TypeChange(false, true, !widening);
    }

    /** smallint 0, integer 1, bigint 2, numeric 3 (exact); floating point ranks 4 and 5 but drops precision. */
    private static int rank(String base) {
        int i = INTEGERS.indexOf(base);
        if (i >= 0) {
            return i;
        }
        return switch (base) {
            case "numeric" -> 3;
            case "real" -> 4;
            default -> 5;
        };
    }

    /** Same base: a wider (or unlimited) precision is free; anything else rounds values in a rewrite. */
    private static TypeChange precision(Parsed from, Parsed to) {
        boolean wider = from.base().equals(to.base())
                && (to.modifier(0) < 0 || (from.modifier(0) >= 0 && to.modifier(0) >= from.modifier(0)));
        return new TypeChange(false, !wider, !wider);
    }

    private static boolean isInterval(Parsed type) {
        return type.base().equals("interval") || type.base().startsWith("interval ");
    }

    /**
     * PostgreSQL relabels an interval without rewriting when the new type's least significant field is the same
     * or finer ({@code interval year} to {@code interval year to month}, anything to {@code interval}) and, where
     * both end in seconds, the fractional precision does not shrink; anything else truncates values in a rewrite.
     */
    private static TypeChange interval(Parsed from, Parsed to) {
        int fromLeast = leastField(from);
        int toLeast = leastField(to);
        boolean keeps = fromLeast >= 0 && toLeast >= 0 && toLeast <= fromLeast
                && (fromLeast > 0 || to.modifier(0) < 0 || (from.modifier(0) >= 0 && to.modifier(0) >= from.modifier(0)));
        return new TypeChange(false, !keeps, !keeps);
    }

    /** Index in {@link #INTERVAL_FIELDS} of the type's least significant field; -1 when not recognised. */
    private static int leastField(Parsed interval) {
        String base = interval.base();
        return base.equals("interval") ? 0 : INTERVAL_FIELDS.indexOf(base.substring(base.lastIndexOf(' ') + 1));
    }

    /**
     * True when the new type keeps the bytes but compares differently (text and citext, either way): no rewrite,
     * but every index on the column is rebuilt for the new operators.
     */
    static boolean changesOperators(String fromText, String toText) {
        Parsed from = Parsed.of(fromText);
        Parsed to = Parsed.of(toText);
        return from.arrayDepth() == to.arrayDepth() && (from.base().equals("citext") != to.base().equals("citext"));
    }

    private static TypeChange time(Parsed from, Parsed to) {
        if (from.base().equals(to.base())) {
            boolean wider = to.modifier(0) < 0 || (from.modifier(0) >= 0 && to.modifier(0) >= from.modifier(0));
            return new TypeChange(false, !wider, !wider);
        }
        boolean fromDate = from.base().equals("date");
        return new TypeChange(false, true, !fromDate && to.base().equals("date"));
    }
}
