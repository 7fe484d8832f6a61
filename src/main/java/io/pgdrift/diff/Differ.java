package io.pgdrift.diff;

import io.pgdrift.model.Attributes;
import io.pgdrift.model.Column;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Snapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compares two snapshots into typed changes, sorted by key. A merge join over the two object lists, which a
 * {@link Snapshot} keeps sorted by {@link ObjectKey}: linear in the number of objects, with no map of either
 * side (at 10,000 tables a hash join spent more time hashing keys than comparing objects).
 */
public final class Differ {
    /** The attribute an owner change is reported as, when owners are compared. */
    public static final String OWNER = "owner";

    /** What takes {@code from} (production) to {@code to} (staging). */
    public List<Change> diff(Snapshot from, Snapshot to, ObjectFilter filter, DiffOptions options) {
        Predicate<SchemaObject> keep = filter.compile();
        MajorVersionNoise noise = MajorVersionNoise.between(from.server(), to.server());
        List<SchemaObject> before = from.objects();
        List<SchemaObject> after = to.objects();
        List<Change> changes = new ArrayList<>();
        Map<ObjectKey, String> fromOwners = options.compareOwners() ? from.ownersByObject() : Map.of();
        Map<ObjectKey, String> toOwners = options.compareOwners() ? to.ownersByObject() : Map.of();
        List<SchemaObject> removed = new ArrayList<>();
        List<SchemaObject> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            int order = i == before.size() ? 1 : j == after.size() ? -1
                    : before.get(i).key().compareTo(after.get(j).key());
            SchemaObject old = order <= 0 ? before.get(i++) : null;
            SchemaObject target = order >= 0 ? after.get(j++) : null;
            boolean keepOld = old != null && keep.test(old);
            boolean keepTarget = target != null && keep.test(target);
            if (keepOld && keepTarget) {
                List<AttributeChange> differences = compare(old, target, options, noise);
                String oldOwner = fromOwners.get(old.key());
                String newOwner = toOwners.get(target.key());
                // a side without owners (an older snapshot file) says nothing about them
                if (oldOwner != null && newOwner != null && !oldOwner.equals(newOwner)) {
                    differences = new ArrayList<>(differences);
                    differences.add(new AttributeChange(OWNER, oldOwner, newOwner));
                }
                if (!differences.isEmpty()) {
                    changes.add(new Change.Altered(old, target, differences));
                }
            } else if (keepOld) {
                removed.add(old);
            } else if (keepTarget) {
                added.add(target);
            }
        }
        Set<SchemaObject> twins = GeneratedNames.pairs(removed, added);
        for (SchemaObject object : removed) {
            if (!twins.contains(object)) {
                changes.add(new Change.Removed(object));
            }
        }
        for (SchemaObject object : added) {
            if (!twins.contains(object)) {
                changes.add(new Change.Added(object));
            }
        }
        Collections.sort(changes);
        return List.copyOf(changes);
    }

    /** The compared attributes that differ, in declaration order; a column's position first when asked for. */
    private static List<AttributeChange> compare(SchemaObject from, SchemaObject to, DiffOptions options,
                                                 MajorVersionNoise noise) {
        if (from.equals(to)) {
            return List.of(); // the common case, and much cheaper than reading every attribute
        }
        List<AttributeChange> differences = new ArrayList<>();
        if (options.compareColumnOrder() && from.kind() == ObjectKind.COLUMN
                && ((Column) from).position() != ((Column) to).position()) {
            differences.add(new AttributeChange("position", ((Column) from).position(), ((Column) to).position()));
        }
        Map<String, Object> before = Attributes.compared(from);
        Map<String, Object> after = Attributes.compared(to);
        for (Map.Entry<String, Object> entry : before.entrySet()) {
            String name = entry.getKey();
            if (from.hides(name) || to.hides(name)) {
                continue; // unknown on one side: neither equal nor different (the brief says it was not compared)
            }
            Object old = noise.normalise(from, name, entry.getValue());
            Object value = noise.normalise(to, name, after.get(name));
            if (!Objects.equals(old, value)) {
                differences.add(new AttributeChange(name, old, value));
            }
        }
        return differences;
    }
}
