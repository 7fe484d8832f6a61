package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ALTER COLUMN ... TYPE}: in place from one type to another, or onto a type recreated under the same name
 * through the column's text form. Both only wait for types (not for the views and routines over the column,
 * which the decision drops and recreates around them).
 */
final class ColumnRetype {

    private static final Set<ObjectKind> TYPE_LIKE = EnumSet.of(ObjectKind.ENUM, ObjectKind.DOMAIN,
            ObjectKind.COMPOSITE_TYPE, ObjectKind.EXTENSION, ObjectKind.TABLE, ObjectKind.SCHEMA);

    private ColumnRetype() {
    }

    static Hazard rewrites(ObjectKey table, String fromType, String toType) {
        return new Hazard(HazardKind.TABLE_REWRITE, "rewrites " + table.display() + " and rebuilds its indexes ("
                + fromType + " to " + toType + " is not binary coercible) under an ACCESS EXCLUSIVE lock; there is no "
                + "online form of this statement, so it stays blocking in --mode online too",
                "add a new column, backfill it in batches, then swap the columns");
    }

    /** Rebuilding an index under the ALTER's ACCESS EXCLUSIVE lock blocks reads as well as writes. */
    static Hazard rebuildsIndexes(ObjectKey table) {
        return new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "rebuilds any index on the column of " + table.display()
                + " while holding its ACCESS EXCLUSIVE lock: reads and writes wait", null);
    }

    static Hazard narrows(String fromType, String toType) {
        return new Hazard(HazardKind.DATA_LOSS, "converts " + fromType + " to " + toType
                + ": values that do not fit fail the statement or lose precision", "check the data first");
    }

    static Hazard movesOntoRecreatedType(ObjectKey table, ObjectKey column) {
        return new Hazard(HazardKind.TABLE_REWRITE, "rewrites " + table.display() + " to move " + column.member()
                + " onto the recreated type", null);
    }

    static Hazard lostValues(List<String> lostLabels) {
        return new Hazard(HazardKind.DATA_LOSS, "rows holding " + String.join(", ", lostLabels)
                + " cannot be converted and make the statement fail", "update those rows first");
    }

    /** A new type or collation, converted directly (with {@code USING} where no assignment cast exists). */
    static void inPlace(Column f, Column t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        ObjectKey table = Members.relationOf(plan.to(), k);
        boolean sameType = f.type().equals(t.type());
        TypeChange change = sameType ? new TypeChange(false, false, false) : TypeChange.of(f.type(), t.type());
        String collate = t.collation() != null ? " COLLATE " + Names.collation(t.collation())
                : f.collation() != null ? " COLLATE \"default\"" : "";
        String using = change.needsUsing() ? " USING " + Names.member(k) + "::" + t.type() : "";
        Step s = plan.alter(Phase.ALTER, k, ColumnDdl.prefix(k) + "TYPE " + t.type() + collate + using + ";", d)
                .dependencyFilter(key -> TYPE_LIKE.contains(key.kind()));
        if (sized(s, f, t, table, change, sameType, plan)) {
            s.longRunning();
        }
        analyze(k, table, s, plan, d);
    }

    /**
     * A typed table's column that its type's {@code ALTER ATTRIBUTE ... TYPE ... CASCADE} retypes: a comment
     * after the type's change, carrying what that statement does to this table (lock, rewrite, narrowing); the
     * type's statement is the long-running one ({@link CompositeTypeDdl}).
     */
    static void byType(Column f, Column t, ObjectKey type, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        ObjectKey table = Members.relationOf(plan.to(), k);
        boolean sameType = f.type().equals(t.type());
        TypeChange change = sameType ? new TypeChange(false, false, false) : TypeChange.of(f.type(), t.type());
        Step s = plan.alter(Phase.ALTER, k, "-- " + Names.rel(k) + "." + Names.member(k) + " is retyped by ALTER TYPE "
                + Names.rel(type) + " ... CASCADE above", d).needs(type)
                .dependencyFilter(key -> TYPE_LIKE.contains(key.kind()));
        sized(s, f, t, table, change, sameType, plan);
        analyze(k, table, s, plan, d);
    }

    /**
     * The hazards of retyping a column of an existing {@code table} on {@code s}; true when the retype rewrites the
     * table or rebuilds its indexes, a statement to run without statement_timeout.
     */
    private static boolean sized(Step s, Column f, Column t, ObjectKey table, TypeChange change, boolean sameType,
                                 PlanContext plan) {
        if (plan.decision().isCreated(table)) {
            return false;
        }
        s.hazardIfAny(Locks.accessExclusive(plan, table, "changing a column type"));
        boolean readsEveryRow = change.rewrite() || sameType || TypeChange.changesOperators(f.type(), t.type());
        if (change.rewrite()) {
            s.hazard(rewrites(table, f.type(), t.type()));
        } else if (readsEveryRow) {
            s.hazard(rebuildsIndexes(table));
        }
        if (change.narrowing()) {
            s.hazard(narrows(f.type(), t.type()));
        }
        return readsEveryRow;
    }

    /** A new type loses the column's statistics: online, ANALYZE gives the planner them back at once. */
    private static void analyze(ObjectKey column, ObjectKey table, Step retype, PlanContext plan, Direction d) {
        if (plan.online(table)) {
            plan.step(Phase.ALTER, column, "ANALYZE " + Names.rel(table) + " (" + Names.member(column) + ");", d)
                    .after(retype).ownTransaction().longRunning();
        }
    }

    /** Moves a column onto a recreated enum or domain of the same name, through its text form. */
    static Step throughText(Column t, PlanContext plan, Direction d, List<String> lostLabels) {
        ObjectKey k = t.key();
        ObjectKey table = Members.relationOf(plan.to(), k);
        String arrays = "";
        String base = t.type();
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2);
            arrays += "[]";
        }
        String collate = t.collation() != null ? " COLLATE " + Names.collation(t.collation()) : "";
        Step s = plan.alter(Phase.ALTER, k, ColumnDdl.prefix(k) + "TYPE " + t.type() + collate + " USING "
                + Names.member(k) + "::text" + arrays + "::" + t.type() + ";", d)
                .dependencyFilter(key -> TYPE_LIKE.contains(key.kind()));
        if (!plan.decision().isCreated(table)) {
            s.hazardIfAny(Locks.accessExclusive(plan, table, "changing a column type"));
            s.hazard(movesOntoRecreatedType(table, k)).longRunning();
            if (!lostLabels.isEmpty()) {
                s.hazard(lostValues(lostLabels));
            }
        }
        analyze(k, table, s, plan, d);
        return s;
    }
}
