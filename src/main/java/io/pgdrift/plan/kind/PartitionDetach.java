package io.pgdrift.plan.kind;

import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Table;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;

/**
 * Detaching a partition from its production parent. Online on 14+: {@code DETACH PARTITION ... CONCURRENTLY}
 * (outside a transaction), then the CHECK constraint that it adds to the table dropped again, since staging's
 * table has none ({@link DetachedCheckName}). Otherwise, and where PostgreSQL refuses the concurrent form (a
 * parent with a DEFAULT partition), the plain {@code DETACH PARTITION} under ACCESS EXCLUSIVE locks. A partition
 * an interrupted concurrent detach left pending ({@code Table.detachPending}) is finished with {@code FINALIZE}.
 */
final class PartitionDetach {

    private PartitionDetach() {
    }

    static Hazard detachLocks(ObjectKey parent, ObjectKey k, String saferPath) {
        return new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "takes an ACCESS EXCLUSIVE lock on " + parent.display()
                + " and " + k.display(), saferPath);
    }

    static Hazard detachesConcurrently(ObjectKey parent, ObjectKey k) {
        return new Hazard(HazardKind.NON_TRANSACTIONAL, "detaches CONCURRENTLY, in two transactions: reads and "
                + "writes of " + parent.display() + " go on; the second waits for every transaction using it to end "
                + "(each wait bounded by lock_timeout), then briefly takes an ACCESS EXCLUSIVE lock on "
                + k.display() + "; if it stops in between, the partition is left pending detach, which pgdrift run "
                + "again finishes (DETACH ... FINALIZE)", null);
    }

    static Hazard finishes(ObjectKey parent, ObjectKey k) {
        return new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "finishes the detach of " + k.display() + " from "
                + parent.display() + " that an earlier DETACH ... CONCURRENTLY left pending: it waits for every "
                + "transaction older than it to end, holding an ACCESS EXCLUSIVE lock on " + k.display(), null);
    }

    /** Writes the detach of production's partition {@code f}. */
    static void detach(Table f, PlanContext plan, Direction d) {
        ObjectKey parent = f.partitionOf();
        ObjectKey k = f.key();
        String detach = "ALTER TABLE " + Names.rel(parent) + " DETACH PARTITION " + Names.rel(k);
        if (f.detachPending()) {
            // first of all (18 refuses any other ALTER of a partition pending detach), and not as an alteration of
            // the table, which would order the drops of its members before it: the CHECK the interrupted detach
            // added is production's constraint now, dropped like any other, but after this
            plan.step(Phase.SETUP, k, detach + " FINALIZE;", d).ownTransaction().hazard(finishes(parent, k));
            return;
        }
        String check = DetachedCheckName.of(f, plan.from());
        String refused = concurrentRefusal(f, check, plan);
        if (refused != null) {
            String saferPath = plan.major() < 14 ? null : "DETACH PARTITION ... CONCURRENTLY (outside a transaction"
                    + refused + "), then drop the CHECK constraint it adds";
            keptIndexesAfter(plan.alter(Phase.ALTER, k, detach + ";", d).hazard(detachLocks(parent, k, saferPath)),
                    k, plan);
            return;
        }
        Step concurrently = plan.alter(Phase.ALTER, k, detach + " CONCURRENTLY;", d).outsideTransaction()
                .hazard(detachesConcurrently(parent, k));
        plan.alter(Phase.ALTER, k, "ALTER TABLE " + Names.rel(k) + " DROP CONSTRAINT IF EXISTS " + Sql.ident(check)
                + ";", d).after(concurrently)
                .hazardIfAny(Locks.accessExclusive(plan, k, "dropping the CHECK constraint the detach added"));
        keptIndexesAfter(concurrently, k, plan);
    }

    /** The partition's new indexes are built after the detach, which may already keep them (IndexDdl.ifNotKept). */
    private static void keptIndexesAfter(Step detach, ObjectKey k, PlanContext plan) {
        for (SchemaObject member : plan.to().members(k)) {
            Step created = member instanceof Index ? plan.createStepOf(member.key()) : null;
            if (created != null) {
                created.after(detach);
            }
        }
    }

    /**
     * Null when the concurrent form is written; else why not, as a clause of the safer path ("" when nothing but
     * the mode or the major stands in the way).
     */
    private static String concurrentRefusal(Table f, String check, PlanContext plan) {
        ObjectKey parent = f.partitionOf();
        if (hasDefaultPartition(plan.from(), parent) || hasDefaultPartition(plan.to(), parent)) {
            return ", which PostgreSQL refuses while " + parent.display() + " has a DEFAULT partition";
        }
        boolean stagingHasTheName = plan.to().members(f.key()).stream()
                .anyMatch(m -> m.key().member() != null && m.key().member().equals(check));
        if (stagingHasTheName) {
            return ", once staging's constraint " + check + " no longer shares the name of the CHECK it adds";
        }
        return plan.major() >= 14 && plan.online(parent) ? null : "";
    }

    private static boolean hasDefaultPartition(SnapshotIndex side, ObjectKey parent) {
        for (SchemaObject object : side.objects()) {
            if (object instanceof Table t && parent.equals(t.partitionOf()) && "DEFAULT".equals(t.partitionBound())) {
                return true;
            }
        }
        return false;
    }
}
