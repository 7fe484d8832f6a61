package io.pgdrift.plan.kind;

import io.pgdrift.model.Constraint;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import java.util.Objects;
import java.util.List;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    static Hazard notValidRejected(ObjectKey table, int major) {
        return new Hazard(HazardKind.VALIDATION_SCAN, "PostgreSQL " + major + " cannot add this constraint NOT VALID "
                + "to the partitioned table " + table.display() + ": it checks every row while holding its lock", null);
    }

    static Hazard usingIndexRejected(ObjectKey table) {
        return new Hazard(HazardKind.BLOCKS_WRITES, "PostgreSQL cannot attach a concurrently built index as a "
                + "constraint of the partitioned table " + table.display() + ": the index is built under the lock",
                null);
    }

    static Hazard briefLock(ObjectKey table, Constraint c) {
        return new Hazard(isForeignKey(c) ? HazardKind.BLOCKS_WRITES : HazardKind.ACCESS_EXCLUSIVE_LOCK, (isForeignKey(c) ? "takes SHARE ROW EXCLUSIVE locks on "
                + table.display() + " and " + c.references().display() : "takes an ACCESS EXCLUSIVE lock on "
                + table.display()) + " for a catalog change only (no scan)", null);
    }

    /** {@code UNIQUE [NULLS NOT DISTINCT] (a, b) [INCLUDE (c)] [DEFERRABLE [INITIALLY ...]]}, as the catalog writes it. */
    private static final Pattern PLAIN_KEY = Pattern.compile("^(UNIQUE|PRIMARY KEY)( NULLS NOT DISTINCT)? \\(([^()]+)\\)"
            + "( INCLUDE \\([^()]+\\))?( DEFERRABLE(?: INITIALLY (?:DEFERRED|IMMEDIATE))?)?$");

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
        boolean fresh = plan.decision().isCreated(table)
                && (c.references() == null || plan.decision().isCreated(c.references()));
        // a foreign table's check is not verified against its rows (they are the remote server's): no scan
        boolean foreignTable = table.kind() == ObjectKind.FOREIGN_TABLE;
        if (!fresh && plan.online(table) && !foreignTable) {
            Step online = createOnline(c, table, plan, direction);
            if (online != null) {
                extras(c, plan, direction);
                return PartitionConstraints.noteNotDetachable(online, c, table, plan);
            }
        }
        String sql = "ALTER TABLE " + Names.rel(k) + " ADD CONSTRAINT " + Names.member(k) + " " + c.definition()
                + (!c.validated() && notValidAllowed ? " NOT VALID" : "") + ";";
        Step step = plan.step(foreignKey ? Phase.LATE : Phase.CREATE, k, sql, direction).needs(table);
        PartitionConstraints.renamesBeforeAdd(c, table, plan, direction).forEach(step::after);
        if (c.references() != null) {
            step.needs(c.references());
        }
        if (!fresh && foreignTable) {
            step.hazardIfAny(Locks.accessExclusive(plan, table, "adding a constraint"));
        } else if (!fresh) {
            boolean partitionedOnline = plan.online(table) && Partitions.isPartitioned(plan.from(), table);
            if (notValidAllowed) {
                if (c.validated()) {
                    step.hazard(partitionedOnline ? notValidRejected(table, plan.major()) : validationScan(table, c));
                }
                step.hazardIfAny(foreignKey ? foreignKeyLocks(table, c)
                        : Locks.accessExclusive(plan, table, "adding a constraint"));
            } else {
                step.hazardIfAny(Locks.accessExclusive(plan, table, "adding a constraint"))
                        .hazard(partitionedOnline && !c.type().equals("EXCLUDE") ? usingIndexRejected(table)
                                : buildsIndex(table, c));
            }
        }
        extras(c, plan, direction);
        return PartitionConstraints.noteNotDetachable(step, c, table, plan);
    }

    /**
     * The online form on a table production has, or null where PostgreSQL offers none (the plain ADD then says
     * why): a check or foreign key NOT VALID, then validated on its own under a lock that lets reads and writes
     * go on; a unique or primary key over a unique index built concurrently.
     */
    private static Step createOnline(Constraint c, ObjectKey table, PlanContext plan, Direction direction) {
        ObjectKey k = c.key();
        boolean foreignKey = isForeignKey(c);
        boolean partitioned = Partitions.isPartitioned(plan.from(), table);
        if ((foreignKey || c.type().equals("CHECK")) && c.validated()) {
            if (partitioned && foreignKey && plan.major() < 18) {
                return null;
            }
            Step add = plan.step(foreignKey ? Phase.LATE : Phase.CREATE, k, "ALTER TABLE " + Names.rel(k)
                    + " ADD CONSTRAINT " + Names.member(k) + " " + c.definition() + " NOT VALID;", direction)
                    .needs(table).hazard(briefLock(table, c));
            if (c.references() != null) {
                add.needs(c.references());
            }
            plan.step(Phase.LATE, k, "ALTER TABLE " + Names.rel(k) + " VALIDATE CONSTRAINT " + Names.member(k) + ";",
                    direction).after(add).ownTransaction().longRunning().hazard(validatesOnline(table));
            return add;
        }
        Matcher key = PLAIN_KEY.matcher(c.definition());
        if ((c.type().equals("UNIQUE") || c.type().equals("PRIMARY KEY")) && !partitioned && key.matches()) {
            String nullsNotDistinct = key.group(2) == null ? "" : key.group(2);
            String include = key.group(4) == null ? "" : key.group(4);
            String deferrable = key.group(5) == null ? "" : key.group(5);
            ObjectKey indexKey = ObjectKey.member(ObjectKind.INDEX, k.schema(), k.name(), k.member());
            Step index = plan.step(Phase.CREATE, indexKey, "CREATE UNIQUE INDEX CONCURRENTLY " + Names.member(k)
                    + " ON " + Names.rel(k) + " USING btree (" + key.group(3) + ")" + include + nullsNotDistinct + ";",
                    direction).needs(table).outsideTransaction().longRunning()
                    .hazard(IndexDdl.buildsConcurrently(table));
            return plan.step(Phase.CREATE, k, "ALTER TABLE " + Names.rel(k) + " ADD CONSTRAINT " + Names.member(k)
                    + " " + c.type() + " USING INDEX " + Names.member(k) + deferrable + ";", direction)
                    .needs(table).after(index).hazard(briefLock(table, c));
        }
        return null;
    }

    /**
     * What a new key or exclusion constraint carries besides its definition: its comment, the storage parameters
     * and comment of the index behind it, and the table settings that name that index.
     */
    static void extras(Constraint c, PlanContext plan, Direction direction) {
        Kinds.commentOnCreate(plan, c, direction);
        indexProperties(c, List.of(), null, plan, direction);
        if (!c.type().equals("FOREIGN KEY") && !c.type().equals("CHECK")) {
            TableIndexRoles.afterIndexCreated(plan, c.key(), c.key().member(), direction);
        }
    }

    /** The index behind a key is named as the constraint. */
    private static void indexProperties(Constraint t, List<String> optionsBefore, String commentBefore,
                                        PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        String index = Sql.qualified(k.schema(), k.member());
        if (optionsBefore.isEmpty() && !t.indexOptions().isEmpty()) {
            plan.step(Phase.CREATE, k, "ALTER INDEX " + index + StorageParameters.set(t.indexOptions()) + ";", d)
                    .needs(k);
        } else {
            StorageParameters.change(plan, "ALTER INDEX " + index, k, optionsBefore, t.indexOptions(), d);
        }
        if (!Objects.equals(commentBefore, t.indexComment())) {
            plan.step(Phase.CREATE, k, "COMMENT ON INDEX " + index + " IS "
                    + (t.indexComment() == null ? "NULL" : Sql.literal(t.indexComment())) + ";", d).needs(k);
        }
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
        indexProperties(t, f.indexOptions(), f.indexComment(), plan, d);
        if (!f.validated() && t.validated()) {
            ObjectKey table = Members.relationOf(plan.to(), t.key());
            Step validate = plan.step(Phase.LATE, t.key(), "ALTER TABLE " + Names.rel(t.key()) + " VALIDATE CONSTRAINT "
                    + Names.member(t.key()) + ";", d);
            if (table.kind() != ObjectKind.FOREIGN_TABLE) { // a foreign table's rows are not checked
                validate.hazard(validatesOnline(table)).ownTransaction().longRunning();
            }
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
