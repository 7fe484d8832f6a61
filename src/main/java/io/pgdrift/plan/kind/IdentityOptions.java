package io.pgdrift.plan.kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Identity sequence options as the catalog writes them ({@code START WITH 100 INCREMENT BY 5}), turned into the
 * {@code SET ...} actions of {@code ALTER COLUMN} that go from one set to another; an option that disappears is
 * set back to its default.
 */
final class IdentityOptions {

    private static final Map<String, String> DEFAULTS = Map.of("START", "START WITH 1", "INCREMENT", "INCREMENT BY 1",
            "MINVALUE", "NO MINVALUE", "MAXVALUE", "NO MAXVALUE", "CACHE", "CACHE 1", "CYCLE", "NO CYCLE");

    private IdentityOptions() {
    }

    static List<String> changes(String before, String after) {
        Map<String, String> from = parse(before);
        Map<String, String> to = parse(after);
        List<String> actions = new ArrayList<>();
        for (Map.Entry<String, String> e : to.entrySet()) {
            if (!e.getValue().equals(from.get(e.getKey())) && !e.getKey().equals("AS")) {
                actions.add("SET " + e.getValue());
            }
        }
        for (String name : from.keySet()) {
            if (!to.containsKey(name) && DEFAULTS.containsKey(name)) {
                actions.add("SET " + DEFAULTS.get(name));
            }
        }
        return actions;
    }

    /** Option name ({@code START}, {@code CYCLE}, ...) to its full clause. */
    static Map<String, String> parse(String options) {
        Map<String, String> map = new LinkedHashMap<>();
        if (options == null || options.isBlank()) {
            return map;
        }
        String[] tokens = ColumnDdl.identityOptions(options).split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i].toUpperCase();
            switch (t) {
                case "START", "INCREMENT" -> {
                    String clause = tokens[i] + " " + tokens[i + 1] + " " + tokens[i + 2];
                    map.put(t, clause.toUpperCase());
                    i += 2;
                }
                case "MINVALUE", "MAXVALUE", "CACHE", "AS" -> {
                    map.put(t, t + " " + tokens[i + 1]);
                    i += 1;
                }
                case "CYCLE" -> map.put("CYCLE", "CYCLE");
                case "NO" -> {
                    String what = tokens[i + 1].toUpperCase();
                    map.put(what, "NO " + what);
                    i += 1;
                }
                default -> {
                }
            }
        }
        return map;
    }
}
