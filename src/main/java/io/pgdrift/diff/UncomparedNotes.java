package io.pgdrift.diff;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.Uncompared;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a comparison did not look at, one line each, for the brief, the JSON report and {@code diff}'s stderr:
 * the objects of kinds pgdrift does not compare that either side holds (in the schemas the filter keeps), and
 * the properties it never compares. "Identical" means identical on everything else.
 */
public final class UncomparedNotes {

    /** Properties of compared kinds that no snapshot holds. */
    public static final String NEVER_COMPARED = "column privileges granted to the table's owner";

    private UncomparedNotes() {
    }

    /** Lines such as {@code 3 aggregates in schema billing in production, 2 in staging}; empty when there are none. */
    public static List<String> of(Snapshot production, Snapshot staging, ObjectFilter filter) {
        Predicate<SchemaObject> keep = filter.compile();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Uncompared> samples = new TreeMap<>();
        boolean databaseWide = filter.schemas().isEmpty();
        count(production, 0, keep, databaseWide, counts, samples);
        count(staging, 1, keep, databaseWide, counts, samples);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            Uncompared sample = samples.get(e.getKey());
            int inProduction = e.getValue()[0];
            int inStaging = e.getValue()[1];
            if (inProduction == inStaging) {
                lines.add(with(sample, inProduction).describe() + " on both sides");
            } else if (inStaging == 0) {
                lines.add(with(sample, inProduction).describe() + " in production");
            } else if (inProduction == 0) {
                lines.add(with(sample, inStaging).describe() + " in staging");
            } else {
                lines.add(with(sample, inProduction).describe() + " in production, " + inStaging + " in staging");
            }
        }
        return List.copyOf(lines);
    }

    /**
     * {@code found} and then the properties left out: owners unless the options compare them, and those never
     * compared. What a brief lists.
     */
    public static List<String> withNeverCompared(List<String> found, DiffOptions options) {
        List<String> lines = new ArrayList<>(found);
        if (!options.compareOwners()) {
            lines.add(DiffOptions.OWNERS_NOT_COMPARED);
        }
        lines.add(NEVER_COMPARED);
        return List.copyOf(lines);
    }

    private static void count(Snapshot snapshot, int side, Predicate<SchemaObject> keep, boolean databaseWide,
                              Map<String, int[]> counts, Map<String, Uncompared> samples) {
        for (Uncompared u : snapshot.uncompared()) {
            // a schema's objects go with their schema; database-wide kinds, like event triggers, only without a
            // schema list
            boolean kept = u.schema().isEmpty() ? databaseWide
                    : keep.test(new SchemaDef(ObjectKey.schema(u.schema()), List.of(), null));
            if (!kept) {
                continue;
            }
            String key = u.kind() + "\u0000" + u.schema();
            counts.computeIfAbsent(key, k -> new int[2])[side] += u.count();
            samples.putIfAbsent(key, u);
        }
    }

    private static Uncompared with(Uncompared sample, int count) {
        return new Uncompared(sample.kind(), sample.schema(), count);
    }
}
