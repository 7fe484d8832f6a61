package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Table;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Tables. A new table is written with its columns and its plain constraints inline; a partition is dropped
 * with its parent; a new partition key recreates the table. Persistence, partition membership,
 * inheritance, row-level security, storage parameters and grants change in place.
 */
final class TableDdl implements KindDdl<Table> {

    static final TableDdl INSTANCE = new TableDdl();

    static Hazard dropsEveryRow(ObjectKey k, String renameHint) {
        return new Hazard(HazardKind.DATA_LOSS, "drops table " + k.display() + " and every row in it", renameHint);
    }

    static Hazard rewrites(ObjectKey k, boolean toUnlogged) {
        return new Hazard(HazardKind.TABLE_REWRITE, "rewrites " + k.display() + (toUnlogged ? "" : " and writes it all to WAL"),
                null);
    }

    static Hazard attachScans(ObjectKey k) {
        return new Hazard(HazardKind.VALIDATION_SCAN, "scans " + k.display() + " to check that every row fits the bound "
                + "while holding an ACCESS EXCLUSIVE lock on it", "add a CHECK constraint matching the bound "
                + "(validated) first: the scan is then skipped");
    }

    @Override
    public Class<Table> type() {
        return Table.class;
    }

    @Override
    public Step create(Table t, PlanContext plan, Direction direction) {
        ObjectKey k = t.key();
        List<String> lines = new ArrayList<>();
        List<Column> inlineColumns = new ArrayList<>();
        if (t.partitionOf() == null) {
            for (Column c : plan.to().columns(k)) {
                lines.add(ColumnDdl.definition(c));
                inlineColumns.add(c);
            }
        }
        List<Constraint> inlineConstraints = new ArrayList<>();
        for (SchemaObject member : plan.to().members(k)) {
            if (member.kind() == ObjectKind.CONSTRAINT) {
                Constraint c = (Constraint) member;
                if (plan.decision().isCreated(c.key()) && ConstraintDdl.inline(c)) {
                    lines.add("CONSTRAINT " + Names.member(c.key()) + " " + c.definition());
                    inlineConstraints.add(c);
                }
            }
        }
        StringBuilder sql = new StringBuilder("CREATE ").append(t.unlogged() ? "UNLOGGED " : "").append("TABLE ")
                .append(Names.rel(k));
        if (t.partitionOf() != null) {
            sql.append(" PARTITION OF ").append(Names.rel(t.partitionOf()));
        }
        if (!lines.isEmpty() || t.partitionOf() == null) {
            sql.append(" (");
            if (!lines.isEmpty()) {
                sql.append("\n    ").append(String.join(",\n    ", lines)).append('\n');
            }
            sql.append(')');
        }
        if (t.partitionOf() != null) {
            sql.append(' ').append(t.partitionBound());
        }
        if (!t.inherits().isEmpty()) {
            sql.append(" INHERITS (").append(String.join(", ", t.inherits().stream().map(Names::rel).toList())).append(')');
        }
        if (t.partitionKey() != null) {
            sql.append(" PARTITION BY ").append(t.partitionKey());
        }
        sql.append(TableAccessMethod.using(t.accessMethod()));
        sql.append(StorageParameters.with(t.options(), t.toastOptions())).append(';');
        Step main = plan.step(Phase.CREATE, k, sql.toString(), direction);
        if (t.partitionOf() != null) {
            main.needs(t.partitionOf());
        }
        t.inherits().forEach(main::needs);
        for (Column c : inlineColumns) {
            main.creates(c.key());
            plan.createdBy(c.key(), main);
        }
        for (Constraint c : inlineConstraints) {
            main.creates(c.key());
            plan.createdBy(c.key(), main);
        }
        if (t.rowSecurity()) {
            plan.alter(Phase.CREATE, k, "ALTER TABLE " + Names.rel(k) + " ENABLE ROW LEVEL SECURITY;", direction);
        }
        if (t.forceRowSecurity()) {
            plan.alter(Phase.CREATE, k, "ALTER TABLE " + Names.rel(k) + " FORCE ROW LEVEL SECURITY;", direction);
        }
        Kinds.commentOnCreate(plan, t, direction);
        for (Column c : inlineColumns) {
            ColumnDdl.extras(c, plan, direction);
        }
        for (Constraint c : inlineConstraints) {
            ConstraintDdl.extras(c, plan, direction);
        }
        TableIndexRoles.afterTableCreated(t, plan, direction);
        TypedTables.afterCreate(t, main, plan, direction);
        partitionColumns(t, List.of(), t.partitionColumns(), plan, direction);
        Grants.change(plan, t, target(t), List.of(), t.grants(), direction);
        return main;
    }

    @Override
    public Step drop(Table t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        return plan.step(Phase.DROP, k, "DROP TABLE " + Names.rel(k) + ";", d)
                .hazard(dropsEveryRow(k, renameHint(plan, k)))
                .hazard(Locks.dropLock(k, "", null));
    }

    @Override
    public ObjectKey droppedWith(Table t, SnapshotIndex from, Decision decision) {
        return t.partitionOf() != null && decision.isDropped(t.partitionOf()) ? t.partitionOf() : null;
    }

    @Override
    public Rebuild rebuild(Table f, Table t, int fromMajor) {
        return Objects.equals(f.partitionKey(), t.partitionKey()) && TableAccessMethod.inPlace(f.accessMethod(), t.accessMethod(), fromMajor)
                ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(Table f, Table t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        String rel = Names.rel(k);
        if (f.unlogged() != t.unlogged()) {
            plan.alter(Phase.ALTER, k, "ALTER TABLE " + rel + (t.unlogged() ? " SET UNLOGGED;" : " SET LOGGED;"), d)
                    .hazardIfAny(Locks.accessExclusive(plan, k, "changing persistence"))
                    .hazard(rewrites(k, t.unlogged()));
        }
        // a partition production left half-detached is finished first, even where staging has it attached
        boolean partitionChanged = !Objects.equals(f.partitionOf(), t.partitionOf())
                || !Objects.equals(f.partitionBound(), t.partitionBound()) || f.detachPending() && !t.detachPending();
        if (partitionChanged && f.partitionOf() != null) {
            PartitionDetach.detach(f, plan, d);
        }
        if (partitionChanged && t.partitionOf() != null) {
            Step s = plan.alter(Phase.ALTER, k, "ALTER TABLE " + Names.rel(t.partitionOf()) + " ATTACH PARTITION "
                    + rel + " " + t.partitionBound() + ";", d).needs(t.partitionOf());
            if (!plan.decision().isCreated(t.partitionOf())) {
                s.hazard(attachScans(k));
            }
        }
        for (ObjectKey parent : f.inherits()) {
            if (!t.inherits().contains(parent)) {
                plan.alter(Phase.ALTER, k, "ALTER TABLE " + rel + " NO INHERIT " + Names.rel(parent) + ";", d)
                        .hazardIfAny(Locks.accessExclusive(plan, k, "changing inheritance"));
            }
        }
        for (ObjectKey parent : t.inherits()) {
            if (!f.inherits().contains(parent)) {
                // not an alter of the table: the child's new columns (which follow the table's alters) come first
                Step inherit = plan.step(Phase.ALTER, k, "ALTER TABLE " + rel + " INHERIT " + Names.rel(parent) + ";", d)
                        .needs(parent).hazardIfAny(Locks.accessExclusive(plan, k, "changing inheritance"));
                plan.to().columns(parent).forEach(c -> inherit.needs(ObjectKey.member(ObjectKind.COLUMN, k.schema(),
                        k.name(), c.key().member())));
            }
        }
        if (f.rowSecurity() != t.rowSecurity()) {
            plan.alter(Phase.ALTER, k, "ALTER TABLE " + rel + (t.rowSecurity() ? " ENABLE" : " DISABLE")
                    + " ROW LEVEL SECURITY;", d).hazardIfAny(Locks.accessExclusive(plan, k, "switching row-level security"))
                    .hazard(AccessControl.rowSecurity(k, t.rowSecurity(), false));
        }
        if (f.forceRowSecurity() != t.forceRowSecurity()) {
            plan.alter(Phase.ALTER, k, "ALTER TABLE " + rel + (t.forceRowSecurity() ? " FORCE" : " NO FORCE")
                    + " ROW LEVEL SECURITY;", d).hazardIfAny(Locks.accessExclusive(plan, k, "switching row-level security"))
                    .hazard(AccessControl.rowSecurity(k, t.forceRowSecurity(), true));
        }
        TableAccessMethod.change(k, "TABLE", f.accessMethod(), t.accessMethod(), t.unlogged(), plan, d);
        StorageParameters.change(plan, "ALTER TABLE " + rel, k, f.options(), t.options(), d);
        StorageParameters.change(plan, "ALTER TABLE " + rel, k, f.toastOptions(), t.toastOptions(),
                StorageParameters.TOAST, d);
        TableIndexRoles.change(f, t, plan, d);
        TypedTables.change(f, t, plan, d);
        if (Objects.equals(f.partitionOf(), t.partitionOf())) {
            partitionColumns(t, f.partitionColumns(), t.partitionColumns(), plan, d);
        } else {
            // attached to another parent: the columns it took over are compared with that parent's
            partitionColumns(t, List.of(), t.partitionColumns(), plan, d);
        }
        Grants.change(plan, t, target(t), f.grants(), t.grants(), d);
    }

    /**
     * A partition's own default and NOT NULL where they differ from its parent's: set what TO lists, and put back
     * the parent's where only FROM listed a difference.
     */
    private static void partitionColumns(Table t, List<Table.PartitionColumn> before, List<Table.PartitionColumn> after,
                                         PlanContext plan, Direction d) {
        if (before.equals(after) || t.partitionOf() == null && t.inherits().isEmpty()) {
            return;
        }
        Map<String, Table.PartitionColumn> was = new LinkedHashMap<>();
        before.forEach(c -> was.put(c.name(), c));
        Map<String, Table.PartitionColumn> now = new LinkedHashMap<>();
        after.forEach(c -> now.put(c.name(), c));
        Set<String> names = new LinkedHashSet<>(was.keySet());
        names.addAll(now.keySet());
        for (String name : names) {
            Table.PartitionColumn target = now.containsKey(name) ? now.get(name) : parentColumn(plan, t, name);
            Table.PartitionColumn current = was.containsKey(name) ? was.get(name) : parentColumn(plan, t, name);
            if (target == null || target.equals(current)) {
                continue;
            }
            ObjectKey column = ObjectKey.member(ObjectKind.COLUMN, t.key().schema(), t.key().name(), name);
            String prefix = ColumnDdl.prefix(column);
            if (current == null || !Objects.equals(current.defaultExpr(), target.defaultExpr())) {
                plan.step(Phase.CREATE, t.key(), prefix + (target.defaultExpr() == null ? "DROP DEFAULT;"
                        : "SET DEFAULT " + target.defaultExpr() + ";"), d).needs(t.key())
                        .hazardIfAny(Locks.accessExclusive(plan, t.key(), "changing a default"));
            }
            if (current == null || current.notNull() != target.notNull()) {
                plan.step(Phase.CREATE, t.key(), prefix + (target.notNull() ? "SET NOT NULL;" : "DROP NOT NULL;"), d)
                        .needs(t.key()).hazardIfAny(Locks.accessExclusive(plan, t.key(), "changing NOT NULL"));
            }
        }
    }

    /** The parent's column {@code name} as a child takes it over, or null when no parent at hand declares it. */
    private static Table.PartitionColumn parentColumn(PlanContext plan, Table child, String name) {
        List<ObjectKey> parents = child.partitionOf() != null ? List.of(child.partitionOf()) : child.inherits();
        for (ObjectKey parent : parents) {
            if (plan.to().get(ObjectKey.member(ObjectKind.COLUMN, parent.schema(), parent.name(), name)) instanceof Column c) {
                return new Table.PartitionColumn(name, c.defaultExpr(), c.notNull());
            }
        }
        return null;
    }

    @Override
    public String commentTarget(Table t) {
        return target(t);
    }

    @Override
    public void dependencies(Table t, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        if (t.partitionOf() != null) {
            link.accept(t.key(), t.partitionOf());
        }
        t.inherits().forEach(parent -> link.accept(t.key(), parent));
        TableAccessMethod.dependency(t.key(), t.accessMethod(), link);
        TypedTables.dependency(t, link);
    }

    private static String target(Table t) {
        return "TABLE " + Names.rel(t.key());
    }

    /** For a dropped table, a table created by the same migration with the same columns: probably a rename. */
    private static String renameHint(PlanContext plan, ObjectKey table) {
        String signature = columnSignature(plan.from(), table);
        if (signature.isEmpty()) {
            return null;
        }
        for (ObjectKey candidate : plan.decision().created().keySet()) {
            if (candidate.kind() == ObjectKind.TABLE && !plan.from().contains(candidate)
                    && signature.equals(columnSignature(plan.to(), candidate))) {
                return "if " + candidate.display() + " is this table renamed, use ALTER TABLE " + Names.rel(table)
                        + " RENAME TO " + Sql.ident(candidate.name()) + " instead to keep the rows";
            }
        }
        return null;
    }

    private static String columnSignature(SnapshotIndex side, ObjectKey table) {
        StringBuilder sb = new StringBuilder();
        for (Column c : side.columns(table)) {
            sb.append(c.key().member()).append(' ').append(c.type()).append(';');
        }
        return sb.toString();
    }
}
