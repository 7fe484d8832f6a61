package io.pgdrift.plan.kind;

import io.pgdrift.model.Constraint;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.function.BiConsumer;

/**
 * Table constraints. Plain ones of a new table are written inside its CREATE TABLE; foreign keys come late
 * (after every table exists). A constraint changes in place only from NOT VALID to validated; any other change
 * recreates it.
 */
final class ConstraintDdl implements KindDdl<Constraint> {

    static final ConstraintDdl INSTANCE = new ConstraintDdl();

    static Hazard validationScan(ObjectKey table, Constraint c) {
        boolean foreignKey = isForeignKey(c);
        return new Hazard(HazardKind.VALIDATION_SCAN, "checks every row of " + table.display()
                + (foreignKey ? " against " + c.references().display() : "") + " while holding its lock",
                "add it NOT VALID, then ALTER TABLE " + Names.rel(c.key()) + " VALIDATE CONSTRAINT "
                        + Names.member(c.key()) + " in a separate transaction");
    }

    static Hazard foreignKeyLocks(ObjectKey table, Constraint c) {
        return new Hazard(HazardKind.BLOCKS_WRITES, "takes SHARE ROW EXCLUSIVE locks on " + table.display()
                + " and " + c.references().display(), null);
    }

    static Hazard buildsIndex(ObjectKey table, Constraint c) {
        return new Hazard(HazardKind.BLOCKS_WRITES, "builds an index on " + table.display() + " while holding the lock",
                c.type().equals("EXCLUDE") ? null : "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT "
                        + Names.member(c.key()) + " " + c.type() + " USING INDEX");
    }

    static Hazard validatesOnline(ObjectKey table) {
        return new Hazard(HazardKind.VALIDATION_SCAN, "checks every row of " + table.display()
                + " (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)", null);
    }

    @Override
    public Class<Constraint> type() {
        return Constraint.class;
    }

    /** Written inside its new table's CREATE TABLE: validated, and referencing no table. */
    static boolean inline(Constraint c) {
        return c.references() == null && c.validated() && !isForeignKey(c);
    }

    private static boolean isForeignKey(Constraint c) {
        return c.type().equals("FOREIGN KEY");
    }

    @Override
    public Step create(Constraint c, PlanContext plan, Direction direction) {
        ObjectKey k = c.key();
        ObjectKey table = Members.relationOf(plan.to(), k);
        boolean foreignKey = isForeignKey(c);
        boolean notValidAllowed = foreignKey || c.type().equals("CHECK");
        String sql = "ALTER TABLE " + Names.rel(k) + " ADD CONSTRAINT " + Names.member(k) + " " + c.definition()
                + (!c.validated() && notValidAllowed ? " NOT VALID" : "") + ";";
        Step step = plan.step(foreignKey ? Phase.LATE : Phase.CREATE, k, sql, direction).needs(table);
        if (c.references() != null) {
            step.needs(c.references());
        }
        boolean fresh = plan.decision().isCreated(table)
                && (c.references() == null || plan.decision().isCreated(c.references()));
        if (!fresh) {
            if (notValidAllowed) {
                if (c.validated()) {
                    step.hazard(validationScan(table, c));
                }
                step.hazardIfAny(foreignKey ? foreignKeyLocks(table, c)
                        : Locks.accessExclusive(plan, table, "adding a constraint"));
            } else {
                step.hazardIfAny(Locks.accessExclusive(plan, table, "adding a constraint")).hazard(buildsIndex(table, c));
            }
        }
        Kinds.commentOnCreate(plan, c, direction);
        return step;
    }

    @Override
    public Step drop(Constraint c, PlanContext plan, Direction d) {
        ObjectKey k = c.key();
        return plan.step(Phase.DROP, k, "ALTER TABLE " + Names.rel(k) + " DROP CONSTRAINT " + Names.member(k) + ";", d)
                .hazardIfAny(Locks.accessExclusive(plan, Members.relationOf(plan.from(), k), "dropping it"));
    }

    @Override
    public ObjectKey droppedWith(Constraint c, SnapshotIndex from, Decision decision) {
        if (c.references() != null && decision.isDropped(c.references()) && !c.references().equals(from.owner(c.key()))) {
            return null; // dropped on its own first, so that tables referencing each other can go in any order
        }
        return Members.droppedOwner(c.key(), from, decision);
    }

    @Override
    public Rebuild rebuild(Constraint f, Constraint t, int fromMajor) {
        return !f.definition().equals(t.definition()) || !f.type().equals(t.type()) || (f.validated() && !t.validated())
                ? Rebuild.DROP_AND_CREATE : Rebuild.IN_PLACE;
    }

    @Override
    public void alter(Constraint f, Constraint t, PlanContext plan, Direction d) {
        if (!f.validated() && t.validated()) {
            ObjectKey table = Members.relationOf(plan.to(), t.key());
            plan.step(Phase.LATE, t.key(), "ALTER TABLE " + Names.rel(t.key()) + " VALIDATE CONSTRAINT "
                    + Names.member(t.key()) + ";", d).hazard(validatesOnline(table));
        }
    }

    @Override
    public String commentTarget(Constraint c) {
        return "CONSTRAINT " + Names.member(c.key()) + " ON " + Names.rel(c.key());
    }

    /** A foreign key needs the referenced table and its primary key or unique constraints. */
    @Override
    public void dependencies(Constraint c, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        if (c.references() == null) {
            return;
        }
        link.accept(c.key(), c.references());
        for (SchemaObject referenced : side.members(c.references())) {
            if (referenced.kind() == ObjectKind.CONSTRAINT) {
                String type = ((Constraint) referenced).type();
                if (type.equals("PRIMARY KEY") || type.equals("UNIQUE")) {
                    link.accept(c.key(), referenced.key());
                }
            }
        }
    }
}
