package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dependency edges between keys, kept in both directions, each list in the order its edges were added. */
final class Edges {
    private final Map<ObjectKey, List<ObjectKey>> dependencies;
    private final Map<ObjectKey, List<ObjectKey>> dependents;

    /** Sized for about {@code expected} keys on each side, so that filling the maps never rehashes them. */
    Edges(int expected) {
        dependencies = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
        dependents = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
    }

    /** Records that {@code dependent} needs {@code referenced}; an object never depends on itself. */
    void link(ObjectKey dependent, ObjectKey referenced) {
        if (dependent.equals(referenced)) {
            return;
        }
        dependencies.computeIfAbsent(dependent, k -> new ArrayList<>(2)).add(referenced);
        dependents.computeIfAbsent(referenced, k -> new ArrayList<>(2)).add(dependent);
    }

    List<ObjectKey> dependencies(ObjectKey key) {
        return dependencies.getOrDefault(key, List.of());
    }

    List<ObjectKey> dependents(ObjectKey key) {
        return dependents.getOrDefault(key, List.of());
    }
}
