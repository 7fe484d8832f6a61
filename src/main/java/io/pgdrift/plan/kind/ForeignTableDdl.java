package io.pgdrift.plan.kind;

import io.pgdrift.model.ForeignTable;
import io.pgdrift.model.ForeignTable.ForeignColumn;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Foreign tables: columns, options, grants and a partition's parent or bound change in place with
 * {@code ALTER FOREIGN TABLE} (columns in {@link ForeignColumns}); another server, columns in an order that
 * dropping and appending cannot give (some wrappers map columns by position), or becoming or ceasing to be a
 * partition or inheritance child means
 * drop and create. No statement here reads or writes rows (the rows are the remote server's), so none
 * carries a data-loss or rewrite hazard; what uses the table (views) follows the pg_depend edges.
 */
final class ForeignTableDdl implements KindDdl<ForeignTable> {

    static final ForeignTableDdl INSTANCE = new ForeignTableDdl();

    @Override
    public Class<ForeignTable> type() {
        return ForeignTable.class;
    }

    @Override
    public Step create(ForeignTable t, PlanContext plan, Direction d) {
        StringBuilder sql = new StringBuilder("CREATE FOREIGN TABLE ").append(Names.rel(t.key()));
        if (t.partitionOf() != null) {
            // a partition takes every column from its parent
            sql.append(" PARTITION OF ").append(Names.rel(t.partitionOf())).append(' ').append(t.partitionBound());
        } else {
            List<String> columns = new ArrayList<>();
            t.columns().forEach(c -> columns.add("    " + ForeignColumns.definition(t, c)));
            sql.append(" (").append(columns.isEmpty() ? "" : "\n" + String.join(",\n", columns) + "\n").append(')');
            if (t.inherits() != null && !inheritsLater(t, plan)) {
                sql.append(" INHERITS (").append(String.join(", ", t.inherits().stream().map(Names::rel).toList()))
                        .append(')');
            }
        }
        sql.append(" SERVER ").append(Sql.ident(t.server())).append(GenericOptions.create(t.options(), t.key().display()))
                .append(';');
        Step main = plan.step(Phase.CREATE, t.key(), sql.toString(), d).needs(server(t));
        t.parents().forEach(main::needs);
        if (t.inherits() != null && inheritsLater(t, plan)) {
            inherit(t, main, plan, d);
        }
        Grants.change(plan, t, target(t), List.of(), t.grants(), d);
        Kinds.commentOnCreate(plan, t, d);
        for (ForeignColumn c : t.columns()) {
            ForeignColumns.extras(t, c, plan, d);
        }
        return main;
    }

    /**
     * True when the child declares every column of its parents itself: CREATE ... INHERITS would put the parents'
     * columns first, so it is created on its own, in its own column order, and then made to inherit.
     */
    private static boolean inheritsLater(ForeignTable t, PlanContext plan) {
        Set<String> own = new HashSet<>(byName(t.columns()).keySet());
        return t.inherits().stream().allMatch(p -> plan.to().columns(p).stream()
                .allMatch(c -> own.contains(c.key().member())));
    }

    /** {@code INHERIT} each parent, once the child's own constraints exist (INHERIT wants the parents' checks). */
    private static void inherit(ForeignTable t, Step created, PlanContext plan, Direction d) {
        for (ObjectKey parent : t.inherits()) {
            Step inherit = plan.step(Phase.CREATE, t.key(), "ALTER FOREIGN TABLE " + Names.rel(t.key()) + " INHERIT "
                    + Names.rel(parent) + ";", d).needs(t.key()).needs(parent).after(created);
            for (SchemaObject member : plan.to().members(t.key())) {
                Step constraint = member.kind() == ObjectKind.CONSTRAINT ? plan.createStepOf(member.key()) : null;
                if (constraint != null) {
                    inherit.after(constraint);
                }
            }
        }
    }

    @Override
    public Step drop(ForeignTable t, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, t.key(), "DROP FOREIGN TABLE " + Names.rel(t.key()) + ";", d);
    }

    /**
     * In place unless the server changes, the columns cannot be reached by dropping and appending, or the table
     * turns into a partition or an inheritance child or back: those change which columns are its own, which only
     * dropping and creating it follows (cheap: a foreign table's rows are the remote server's).
     */
    @Override
    public Rebuild rebuild(ForeignTable f, ForeignTable t, int fromMajor) {
        boolean sameShape = (f.partitionOf() == null) == (t.partitionOf() == null)
                && Objects.equals(f.inherits(), t.inherits());
        return f.server().equals(t.server()) && sameShape && reachedByAppending(f, t)
                ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    /** Staging's columns are production's that it keeps, in their order, then the new ones. */
    private static boolean reachedByAppending(ForeignTable f, ForeignTable t) {
        Map<String, ForeignColumn> after = byName(t.columns());
        Map<String, ForeignColumn> before = byName(f.columns());
        List<String> expected = new ArrayList<>();
        f.columns().stream().filter(c -> after.containsKey(c.name())).forEach(c -> expected.add(c.name()));
        t.columns().stream().filter(c -> !before.containsKey(c.name())).forEach(c -> expected.add(c.name()));
        return expected.equals(t.columns().stream().map(ForeignColumn::name).toList());
    }

    @Override
    public void alter(ForeignTable f, ForeignTable t, PlanContext plan, Direction d) {
        if (!Objects.equals(f.partitionOf(), t.partitionOf()) || !Objects.equals(f.partitionBound(), t.partitionBound())) {
            repartition(f, t, plan, d);
        }
        Map<String, ForeignColumn> before = byName(f.columns());
        Map<String, ForeignColumn> after = byName(t.columns());
        for (ForeignColumn old : before.values()) {
            if (!after.containsKey(old.name())) {
                ForeignColumns.alterTable(plan, t, "DROP COLUMN " + Sql.ident(old.name()), d);
            }
        }
        for (ForeignColumn now : after.values()) {
            ForeignColumn old = before.get(now.name());
            if (old == null) {
                ForeignColumns.add(t, now, plan, d);
            } else {
                ForeignColumns.alter(t, old, now, plan, d);
            }
        }
        String options = GenericOptions.alter(f.options(), t.options(), t.key().display());
        if (options != null) {
            ForeignColumns.alterTable(plan, t, options, d);
        }
        Grants.change(plan, t, target(t), f.grants(), t.grants(), d);
    }

    /**
     * A partition moved to another parent or bound: detached (ACCESS EXCLUSIVE on the parent), then attached,
     * which scans nothing: a foreign table's rows are not checked against its bound.
     */
    private static void repartition(ForeignTable f, ForeignTable t, PlanContext plan, Direction d) {
        String rel = Names.rel(t.key());
        Step detach = plan.alter(Phase.ALTER, t.key(), "ALTER TABLE " + Names.rel(f.partitionOf()) + " DETACH PARTITION "
                + rel + ";", d).hazardIfAny(Locks.accessExclusive(plan, f.partitionOf(), "detaching a partition"));
        plan.alter(Phase.ALTER, t.key(), "ALTER TABLE " + Names.rel(t.partitionOf()) + " ATTACH PARTITION " + rel + " "
                + t.partitionBound() + ";", d).needs(t.partitionOf()).after(detach);
    }

    @Override
    public String commentTarget(ForeignTable t) {
        return "FOREIGN TABLE " + Names.rel(t.key());
    }

    /** On its server, its parents, and the enums, domains and composite types its columns use. */
    @Override
    public void dependencies(ForeignTable t, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        link.accept(t.key(), server(t));
        t.parents().forEach(parent -> link.accept(t.key(), parent));
        for (ForeignColumn c : t.columns()) {
            ObjectKey type = side.typeKey(c.type());
            if (type != null) {
                link.accept(t.key(), type);
            }
        }
    }



    private static Map<String, ForeignColumn> byName(List<ForeignColumn> columns) {
        Map<String, ForeignColumn> map = new LinkedHashMap<>();
        columns.forEach(c -> map.put(c.name(), c));
        return map;
    }

    private static ObjectKey server(ForeignTable t) {
        return ObjectKey.global(ObjectKind.FOREIGN_SERVER, t.server());
    }

    private static String target(ForeignTable t) {
        return "TABLE " + Names.rel(t.key());
    }
}
