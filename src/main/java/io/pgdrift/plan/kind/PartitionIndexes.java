package io.pgdrift.plan.kind;

import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Table;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which index of a partition is attached to a parent's index, rather than dropped and built again: production's
 * partition holds an index of its own (local) whose definition is the parent's, and staging has that index
 * attached to the parent's partitioned index, which this migration creates. {@code ALTER INDEX ... ATTACH
 * PARTITION} (after a rename to staging's name) keeps it; the other way round, PostgreSQL cannot detach an index
 * from its parent, so an attached index staging holds locally is built again.
 */
public final class PartitionIndexes {

    private PartitionIndexes() {
    }

    /**
     * True when production's {@code local} index is taken over by a parent's index that {@code created} says this
     * migration creates: it is then neither dropped nor built, but attached.
     */
    public static boolean takenOver(Index local, SnapshotIndex from, SnapshotIndex to, Predicate<ObjectKey> created) {
        ObjectKey partition = Members.relationOf(from, local.key());
        ObjectKey parentTable = sameParent(partition, from, to);
        if (parentTable == null) {
            return false;
        }
        for (SchemaObject member : to.members(parentTable)) {
            if (member instanceof Index parent && created.test(parent.key())) {
                ObjectKey child = childOn(parent, partition);
                if (child != null && local.equals(localToAttach(parent, child, from, to))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The key of the index of {@code partition} attached to {@code parent}, or null. */
    static ObjectKey childOn(Index parent, ObjectKey partition) {
        return childOn(parent.attached(), partition);
    }

    /** The member of {@code partition} among {@code attached}, or null. */
    static ObjectKey childOn(List<ObjectKey> attached, ObjectKey partition) {
        return attached.stream().filter(c -> c.schema().equals(partition.schema())
                && c.name().equals(partition.name())).findFirst().orElse(null);
    }

    /**
     * The parent of {@code partition} when it is a leaf partition of the same parent on both sides (what may keep
     * its own index or key as the parent's), else null.
     */
    static ObjectKey sameParent(ObjectKey partition, SnapshotIndex from, SnapshotIndex to) {
        return from.get(partition) instanceof Table before && before.partitionOf() != null
                && before.partitionKey() == null && to.get(partition) instanceof Table after
                && before.partitionOf().equals(after.partitionOf()) ? before.partitionOf() : null;
    }

    /**
     * Production's own index on the partition of {@code child} that can become staging's {@code child} of
     * {@code parent}: valid, of the parent's definition, absent from staging as an index of its own, on a leaf
     * partition of the same parent on both sides. The one already named as staging names it wins; else the first
     * by name. Null when there is none.
     */
    static Index localToAttach(Index parent, ObjectKey child, SnapshotIndex from, SnapshotIndex to) {
        ObjectKey partition = Members.relationOf(to, child);
        ObjectKey parentTable = Members.relationOf(to, parent.key());
        if (!parentTable.equals(sameParent(partition, from, to))) {
            return null;
        }
        String shape = shape(parent.definition(), parentTable);
        return from.members(partition).stream()
                .filter(m -> m instanceof Index i && !i.invalid() && !to.contains(i.key())
                        && shape != null && shape.equals(shape(i.definition(), partition)))
                .map(Index.class::cast)
                .min(Comparator.comparing((Index i) -> !i.key().equals(child)).thenComparing(Index::key))
                .orElse(null);
    }

    /**
     * Production's index of {@code relation}'s parent that this migration drops and that has an index of the same
     * definition as {@code index} attached on {@code relation}: PostgreSQL cannot detach it, so it goes with the
     * parent's and is built again. Null when there is none.
     */
    static Index droppedParentOf(Index index, ObjectKey relation, PlanContext plan) {
        if (!(plan.from().get(relation) instanceof Table before) || before.partitionOf() == null) {
            return null;
        }
        String shape = shape(index.definition(), relation);
        for (SchemaObject member : plan.from().members(before.partitionOf())) {
            if (member instanceof Index parent && plan.decision().isDropped(parent.key())
                    && childOn(parent, relation) != null && shape != null
                    && shape.equals(shape(parent.definition(), before.partitionOf()))) {
                return parent;
            }
        }
        return null;
    }

    /**
     * Staging's index of the parent of {@code relation} that this migration creates, with an index attached on
     * {@code relation}, when none has the definition of production's {@code local} index (which it therefore drops
     * rather than attaches); else null.
     */
    static ObjectKey differingNewParent(Index local, ObjectKey relation, PlanContext plan) {
        if (!(plan.to().get(relation) instanceof Table after) || after.partitionOf() == null) {
            return null;
        }
        String shape = shape(local.definition(), relation);
        ObjectKey differing = null;
        for (SchemaObject member : plan.to().members(after.partitionOf())) {
            if (member instanceof Index parent && plan.decision().isCreated(parent.key())
                    && childOn(parent, relation) != null) {
                if (shape == null || shape.equals(shape(parent.definition(), after.partitionOf()))) {
                    return null;
                }
                differing = differing == null ? parent.key() : differing;
            }
        }
        return differing;
    }

    /** An index definition with its table left out ({@code CREATE INDEX ON  USING btree (a)}), or null. */
    private static String shape(String definition, ObjectKey relation) {
        String on = " ON " + Names.rel(relation) + " ";
        int at = definition.indexOf(on);
        return at < 0 ? null : definition.substring(0, at) + " ON  " + definition.substring(at + on.length());
    }
}
