package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Statistics targets set on an index's expression columns. */
final class IndexDdlStatistics {

    private IndexDdlStatistics() {
    }

    /**
     * {@code ALTER INDEX ... ALTER COLUMN n SET STATISTICS} for each expression column whose target differs (-1 puts
     * the default back). SHARE UPDATE EXCLUSIVE on the index: reads and writes go on.
     */
    static void change(ObjectKey k, List<String> from, List<String> to, Phase phase, PlanContext plan, Direction d) {
        Map<Integer, String> before = targets(from);
        Map<Integer, String> after = targets(to);
        Set<Integer> columns = new TreeSet<>(before.keySet());
        columns.addAll(after.keySet());
        for (int column : columns) {
            String target = after.getOrDefault(column, "-1");
            if (!target.equals(before.getOrDefault(column, "-1"))) {
                plan.alterOrFollowCreate(phase, k, "ALTER INDEX " + Sql.qualified(k.schema(), k.member())
                        + " ALTER COLUMN " + column + " SET STATISTICS " + Integer.parseInt(target) + ";", d);
            }
        }
    }

    /** {@code ["1=300"]} as column number -> target. */
    private static Map<Integer, String> targets(List<String> statistics) {
        Map<Integer, String> targets = new TreeMap<>();
        for (String entry : statistics) {
            int at = entry.indexOf('=');
            targets.put(Integer.parseInt(entry.substring(0, at)), entry.substring(at + 1));
        }
        return targets;
    }
}
