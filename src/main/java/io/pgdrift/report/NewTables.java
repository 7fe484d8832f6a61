package io.pgdrift.report;

import io.pgdrift.diff.Change;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A new table is one thing to review: its columns, constraints, indexes, triggers and policies (added with it)
 * fold into its summary row, as {@code added, with 5 columns, 2 constraints, 1 index}.
 */
final class NewTables {
    private static final Set<ObjectKind> MEMBERS = EnumSet.of(ObjectKind.COLUMN, ObjectKind.CONSTRAINT,
            ObjectKind.INDEX, ObjectKind.TRIGGER, ObjectKind.POLICY);

    private final Map<ObjectKey, Map<ObjectKind, Integer>> members = new HashMap<>();

    private NewTables() {
    }

    static NewTables of(List<Change> changes) {
        NewTables tables = new NewTables();
        for (Change change : changes) {
            if (change instanceof Change.Added && change.key().kind() == ObjectKind.TABLE) {
                tables.members.put(change.key(), new EnumMap<>(ObjectKind.class));
            }
        }
        for (Change change : changes) {
            ObjectKey table = tables.tableOf(change);
            if (table != null) {
                tables.members.get(table).merge(change.key().kind(), 1, Integer::sum);
            }
        }
        return tables;
    }

    /** True for an added member of an added table: it has no row of its own. */
    boolean isFolded(Change change) {
        return tableOf(change) != null;
    }

    /** {@code , with 5 columns, 1 index} for a new table with members, else the empty string. */
    String members(ObjectKey table) {
        Map<ObjectKind, Integer> counts = members.get(table);
        if (counts == null || counts.isEmpty()) {
            return "";
        }
        return ", with " + counts.entrySet().stream().map(e -> count(e.getValue(), e.getKey().label()))
                .collect(Collectors.joining(", "));
    }

    /** {@code 1 index}, {@code 2 indexes}, {@code 3 policies}, {@code 5 columns}. */
    private static String count(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        String plural = noun.endsWith("x") ? noun + "es"
                : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + plural;
    }

    private ObjectKey tableOf(Change change) {
        if (!(change instanceof Change.Added) || !MEMBERS.contains(change.key().kind())) {
            return null;
        }
        ObjectKey table = ObjectKey.of(ObjectKind.TABLE, change.key().schema(), change.key().name());
        return members.containsKey(table) ? table : null;
    }
}
