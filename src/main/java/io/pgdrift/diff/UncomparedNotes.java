package io.pgdrift.diff;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.Uncompared;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * What a comparison did not look at, one line each, for the brief, the JSON report and {@code diff}'s stderr:
 * the objects of kinds pgdrift does not compare that either side holds (in the schemas the filter keeps), and
 * the properties it never compares. "Identical" means identical on everything else.
 */
public final class UncomparedNotes {

    /** Properties of compared kinds that are never compared (read, where the plan needs them, but not diffed). */
    public static final String NEVER_COMPARED = "names of partition indexes and keys attached to their parent's";

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
            lines.add(perSide(n -> with(sample, n).describe(), e.getValue()[0], e.getValue()[1]));
        }
        int hiddenInProduction = hiddenOptions(production, keep);
        int hiddenInStaging = hiddenOptions(staging, keep);
        if (hiddenInProduction + hiddenInStaging > 0) {
            lines.add(perSide(n -> "the options of " + n + (n == 1 ? " user mapping" : " user mappings")
                    + " the reading role may not see", hiddenInProduction, hiddenInStaging));
        }
        return List.copyOf(lines);
    }

    /** {@code what} counted on each side: "... on both sides", "... in production", "... in production, 2 in staging". */
    private static String perSide(IntFunction<String> what, int inProduction, int inStaging) {
        if (inProduction == inStaging) {
            return what.apply(inProduction) + " on both sides";
        }
        if (inStaging == 0) {
            return what.apply(inProduction) + " in production";
        }
        if (inProduction == 0) {
            return what.apply(inStaging) + " in staging";
        }
        return what.apply(inProduction) + " in production, " + inStaging + " in staging";
    }

    /** User mappings whose options the reading role may not see (only a superuser, the server's owner, the role). */
    private static int hiddenOptions(Snapshot snapshot, Predicate<SchemaObject> keep) {
        int hidden = 0;
        for (SchemaObject object : snapshot.objects()) {
            if (object.kind() == ObjectKind.USER_MAPPING && object.hides("options") && keep.test(object)) {
                hidden++;
            }
        }
        return hidden;
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
