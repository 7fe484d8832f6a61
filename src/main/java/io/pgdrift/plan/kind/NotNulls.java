package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.Objects;

/**
 * A column's NOT NULL: set (online through a validated check, so the ACCESS EXCLUSIVE lock is not held for a
 * scan), dropped, and, from PostgreSQL 18 where it is a named constraint, renamed.
 */
public final class NotNulls {

    private NotNulls() {
    }

    /**
     * The name a child table's inherited NOT NULL carries: PostgreSQL 18 copies the parent's constraint name (the
     * child's default name would be built from the child's table name), so a column that becomes the child's own
     * keeps it. Before 18 a NOT NULL has no name.
     */
    public static String carriedByChild(Column parent, int major) {
        if (major < 18 || !parent.notNull() || parent.notNullName() != null) {
            return parent.notNullName();
        }
        return defaultName(parent.key());
    }

    static Hazard scansForNulls(ObjectKey k, ObjectKey table) {
        String check = Sql.ident(checkName(k));
        return new Hazard(HazardKind.VALIDATION_SCAN, "scans every row of " + table.display() + " for nulls while "
                + "holding the lock", "ALTER TABLE " + Names.rel(k) + " ADD CONSTRAINT " + check + " CHECK ("
                + Names.member(k) + " IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT " + check
                + "; then SET NOT NULL (no scan) and drop the check (what --mode online writes)");
    }

    /**
     * SET NOT NULL (then the rename to staging's name) or DROP NOT NULL; identity columns carry their own. On
     * PostgreSQL 18 a NOT NULL may be NOT VALID: added so, validated, or dropped as the constraint it is.
     */
    static void setOrDrop(Column f, Column t, ObjectKey table, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        if (!f.notNull() && t.notNull() && (t.identity() == null || f.identity() == null) && t.notNullNotValid()) {
            addNotValid(t, table, plan, d);
        } else if (f.notNull() && t.notNull() && f.notNullNotValid() != t.notNullNotValid()) {
            if (f.notNullNotValid()) {
                validate(k, nameOf(f), table, plan, d);
            } else {
                // no ALTER makes a valid NOT NULL NOT VALID again: dropped and added back so, no scan either way
                Step drop = plan.alter(Phase.ALTER, k, ColumnDdl.prefix(k) + "DROP NOT NULL;", d)
                        .hazardIfAny(Locks.accessExclusive(plan, table, "DROP NOT NULL"));
                addNotValid(t, table, plan, d).after(drop);
            }
        } else if (f.notNullNotValid() && !t.notNull()) {
            plan.alter(Phase.ALTER, k, "ALTER TABLE " + Names.rel(k) + " DROP CONSTRAINT " + Sql.ident(nameOf(f))
                    + ";", d).hazardIfAny(Locks.accessExclusive(plan, table, "dropping a NOT NULL"));
        } else if (!f.notNull() && t.notNull() && (t.identity() == null || f.identity() == null)) {
            Step set = set(k, table, plan, d);
            String pgName = defaultName(k);
            if (t.notNullName() != null && !t.notNullName().equals(pgName)) {
                // SET NOT NULL names the constraint PostgreSQL's way; staging chose another name
                plan.alter(Phase.ALTER, k, "ALTER TABLE " + Names.rel(k) + " RENAME CONSTRAINT " + Sql.ident(pgName)
                        + " TO " + Sql.ident(t.notNullName()) + ";", d).after(set);
            }
        } else if (f.notNull() && !t.notNull() && t.identity() == null) {
            plan.alter(Phase.ALTER, k, ColumnDdl.prefix(k) + "DROP NOT NULL;", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "DROP NOT NULL"));
        }
    }

    /** RENAME CONSTRAINT when both sides have the NOT NULL under different names (PostgreSQL 18). */
    static void rename(Column f, Column t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        // a column that becomes its table's own (detached, NO INHERIT) arrives with the name it inherited
        // (carriedByChild), so both sides name what the server really holds
        if (f.notNull() && t.notNull() && !Objects.equals(f.notNullName(), t.notNullName())
                && (f.notNullNotValid() || !t.notNullNotValid())) { // else added back under staging's name
            String old = f.notNullName() != null ? f.notNullName() : defaultName(k);
            String now = t.notNullName() != null ? t.notNullName() : defaultName(k);
            plan.alter(Phase.ALTER, k, "ALTER TABLE " + Names.rel(k) + " RENAME CONSTRAINT " + Sql.ident(old)
                    + " TO " + Sql.ident(now) + ";", d);
        }
    }

    /**
     * SET NOT NULL without its full scan under an ACCESS EXCLUSIVE lock where possible: a validated
     * {@code CHECK (c IS NOT NULL)} production already has proves it (kept until the SET, dropped after only if
     * staging lacks it); online, such a check is added NOT VALID, validated on its own (reads and writes go on),
     * used, and dropped. Returns the SET NOT NULL step.
     */
    private static Step set(ObjectKey k, ObjectKey table, PlanContext plan, Direction d) {
        String prefix = ColumnDdl.prefix(k);
        ObjectKey proof = validatedCheck(k, table, plan.from());
        if (proof != null || plan.decision().isCreated(table)) {
            Step s = plan.alter(Phase.ALTER, k, prefix + "SET NOT NULL;", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "SET NOT NULL (no scan: " + (proof == null
                            ? "the table is new" : "the validated check " + proof.member() + " proves it") + ")"));
            if (proof != null) {
                s.beforeDropOf(proof);
            }
            return s;
        }
        if (plan.online(table)) {
            String check = Names.member(ObjectKey.member(ObjectKind.CONSTRAINT, k.schema(), k.name(), checkName(k)));
            String alter = "ALTER TABLE " + Names.rel(k) + " ";
            Step add = plan.step(Phase.ALTER, k, alter + "ADD CONSTRAINT " + check + " CHECK (" + Names.member(k)
                    + " IS NOT NULL) NOT VALID;", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "adding a NOT VALID check (no scan)"));
            Step validate = plan.step(Phase.ALTER, k, alter + "VALIDATE CONSTRAINT " + check + ";", d).after(add)
                    .ownTransaction().longRunning().hazard(ConstraintDdl.validatesOnline(table));
            Step set = plan.alter(Phase.ALTER, k, prefix + "SET NOT NULL;", d).after(validate)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "SET NOT NULL (no scan: the validated check "
                            + "proves it)"));
            plan.step(Phase.ALTER, k, alter + "DROP CONSTRAINT " + check + ";", d).after(set);
            return set;
        }
        return plan.alter(Phase.ALTER, k, prefix + "SET NOT NULL;", d)
                .hazardIfAny(Locks.accessExclusive(plan, table, "SET NOT NULL")).hazard(scansForNulls(k, table));
    }

    /** A NOT NULL of a new column, or of one in a new table, that staging holds NOT VALID (18): added after it. */
    static void createNotValid(Column c, PlanContext plan, Direction d) {
        if (c.notNullNotValid()) {
            plan.alterOrFollowCreate(Phase.CREATE, c.key(), addNotValidSql(c), d);
        }
    }

    /** {@code ADD CONSTRAINT n NOT NULL c NOT VALID}: no scan, a brief ACCESS EXCLUSIVE lock. */
    private static Step addNotValid(Column t, ObjectKey table, PlanContext plan, Direction d) {
        return plan.alter(Phase.ALTER, t.key(), addNotValidSql(t), d)
                .hazardIfAny(Locks.accessExclusive(plan, table, "adding a NOT VALID NOT NULL (no scan)"));
    }

    private static String addNotValidSql(Column c) {
        return "ALTER TABLE " + Names.rel(c.key()) + " ADD CONSTRAINT " + Sql.ident(nameOf(c)) + " NOT NULL "
                + Names.member(c.key()) + " NOT VALID;";
    }

    private static Step validate(ObjectKey k, String name, ObjectKey table, PlanContext plan, Direction d) {
        return plan.alter(Phase.ALTER, k, "ALTER TABLE " + Names.rel(k) + " VALIDATE CONSTRAINT " + Sql.ident(name)
                + ";", d).ownTransaction().longRunning().hazard(ConstraintDdl.validatesOnline(table));
    }

    /** The name of a column's NOT NULL constraint (18): staging's choice or PostgreSQL's. */
    private static String nameOf(Column c) {
        return c.notNullName() != null ? c.notNullName() : defaultName(c.key());
    }

    /** A validated {@code CHECK ((c IS NOT NULL))} on the table in production, or null. */
    private static ObjectKey validatedCheck(ObjectKey column, ObjectKey table, SnapshotIndex from) {
        String expected = "CHECK ((" + Names.member(column) + " IS NOT NULL))";
        for (SchemaObject member : from.members(table)) {
            if (member instanceof Constraint c && c.validated() && c.type().equals("CHECK")
                    && c.definition().equals(expected)) {
                return c.key();
            }
        }
        return null;
    }

    /** The temporary check the online SET NOT NULL adds and drops. */
    private static String checkName(ObjectKey column) {
        return Partitions.name(column.name() + "_" + column.member(), "_pgdrift_not_null");
    }

    /** The name PostgreSQL 18 gives a column's NOT NULL constraint when none is chosen (its base cut to fit). */
    static String defaultName(ObjectKey column) {
        return Partitions.name(column.name() + "_" + column.member(), "_not_null");
    }
}
