package io.pgdrift.plan.kind;

import io.pgdrift.model.Constraint;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Table;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A primary key or unique constraint production's partition holds of its own, where staging has the parent's
 * constraint of the same definition attached on the partition: adding the parent's constraint attaches it
 * (PostgreSQL looks for an equal constraint on each partition first), so it is kept, renamed to staging's name,
 * rather than dropped and its index built again.
 */
public final class PartitionConstraints {

    private static final Set<String> KEYS = Set.of("PRIMARY KEY", "UNIQUE");

    private PartitionConstraints() {
    }

    /** True when production's {@code local} constraint is taken over by a parent's that {@code created} adds. */
    public static boolean takenOver(Constraint local, SnapshotIndex from, SnapshotIndex to,
                                    Predicate<ObjectKey> created) {
        ObjectKey partition = Members.relationOf(from, local.key());
        ObjectKey parentTable = PartitionIndexes.sameParent(partition, from, to);
        if (parentTable == null) {
            return false;
        }
        for (SchemaObject member : to.members(parentTable)) {
            if (member instanceof Constraint parent && created.test(parent.key())
                    && local.equals(localToAttach(parent, partition, from, to))) {
                return true;
            }
        }
        return false;
    }

    /** The renames that give the constraints kept on {@code parent}'s partitions staging's names. */
    static List<Step> renamesBeforeAdd(Constraint parent, ObjectKey parentTable, PlanContext plan, Direction d) {
        List<Step> renames = new ArrayList<>();
        if (!KEYS.contains(parent.type()) || !Partitions.isPartitioned(plan.from(), parentTable)) {
            return renames;
        }
        for (Table partition : Partitions.of(plan.from(), parentTable)) {
            ObjectKey child = PartitionIndexes.childOn(parent.attached(), partition.key());
            Constraint local = localToAttach(parent, partition.key(), plan.from(), plan.to());
            if (local != null && !plan.decision().isDropped(local.key()) && !local.key().equals(child)) {
                renames.add(plan.step(Phase.CREATE, child, "ALTER TABLE " + Names.rel(partition.key())
                        + " RENAME CONSTRAINT " + Names.member(local.key()) + " TO " + Names.member(child) + ";", d));
            }
        }
        return renames;
    }

    /**
     * {@code step}, which creates staging's own key {@code c} on a partition, with a hazard when production has it
     * attached to its parent's key, which this migration drops: PostgreSQL cannot detach it, so it went with the
     * parent's and is built again.
     */
    static Step noteNotDetachable(Step step, Constraint c, ObjectKey table, PlanContext plan) {
        if (!KEYS.contains(c.type()) || !(plan.from().get(table) instanceof Table before)
                || before.partitionOf() == null) {
            return step;
        }
        for (SchemaObject member : plan.from().members(before.partitionOf())) {
            if (member instanceof Constraint parent && plan.decision().isDropped(parent.key())
                    && parent.type().equals(c.type()) && parent.definition().equals(c.definition())
                    && PartitionIndexes.childOn(parent.attached(), table) != null) {
                step.afterDropOf(parent.key()).hazard(new Hazard(HazardKind.SLOWER_QUERIES, "production's "
                        + c.type() + " of " + table.display() + " is attached to " + parent.key().member()
                        + ", which goes; PostgreSQL cannot detach it from its parent, so it is dropped with it and "
                        + "built again", null));
            }
        }
        return step;
    }

    /**
     * Production's own key constraint on {@code partition} of {@code parent}'s type and definition that staging
     * does not hold as the partition's own, when staging attaches one there; the one already named as staging's
     * wins, else the first by name. Null when there is none.
     */
    private static Constraint localToAttach(Constraint parent, ObjectKey partition, SnapshotIndex from,
                                            SnapshotIndex to) {
        ObjectKey child = PartitionIndexes.childOn(parent.attached(), partition);
        if (!KEYS.contains(parent.type()) || child == null
                || PartitionIndexes.sameParent(partition, from, to) == null) {
            return null;
        }
        return from.members(partition).stream()
                .filter(m -> m instanceof Constraint c && c.type().equals(parent.type())
                        && c.definition().equals(parent.definition()) && !to.contains(c.key()))
                .map(Constraint.class::cast)
                .min(Comparator.comparing((Constraint c) -> !c.key().equals(child)).thenComparing(Constraint::key))
                .orElse(null);
    }
}
