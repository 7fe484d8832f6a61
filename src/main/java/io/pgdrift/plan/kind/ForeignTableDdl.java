package io.pgdrift.plan.kind;

import io.pgdrift.model.ForeignTable;
import io.pgdrift.model.ForeignTable.ForeignColumn;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Foreign tables: columns, options and grants change in place with {@code ALTER FOREIGN TABLE}; another server,
 * or columns in an order that dropping and appending cannot give (some wrappers map columns by position), means
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
        List<String> columns = new ArrayList<>();
        t.columns().forEach(c -> columns.add("    " + definition(t, c)));
        Step main = plan.step(Phase.CREATE, t.key(), "CREATE FOREIGN TABLE " + Names.rel(t.key()) + " ("
                + (columns.isEmpty() ? "" : "\n" + String.join(",\n", columns) + "\n") + ") SERVER "
                + Sql.ident(t.server()) + GenericOptions.create(t.options(), t.key().display()) + ";", d)
                .needs(server(t));
        Grants.change(plan, t, target(t), List.of(), t.grants(), d);
        Kinds.commentOnCreate(plan, t, d);
        for (ForeignColumn c : t.columns()) {
            if (c.comment() != null) {
                plan.step(Phase.CREATE, t.key(), columnComment(t, c, c.comment()), d).needs(t.key());
            }
        }
        return main;
    }

    @Override
    public Step drop(ForeignTable t, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, t.key(), "DROP FOREIGN TABLE " + Names.rel(t.key()) + ";", d);
    }

    @Override
    public Rebuild rebuild(ForeignTable f, ForeignTable t, int fromMajor) {
        return f.server().equals(t.server()) && reachedByAppending(f, t) ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
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
        Map<String, ForeignColumn> before = byName(f.columns());
        Map<String, ForeignColumn> after = byName(t.columns());
        for (ForeignColumn old : before.values()) {
            if (!after.containsKey(old.name())) {
                alterTable(plan, t, "DROP COLUMN " + Sql.ident(old.name()), d);
            }
        }
        for (ForeignColumn now : after.values()) {
            ForeignColumn old = before.get(now.name());
            if (old == null) {
                alterTable(plan, t, "ADD COLUMN " + definition(t, now), d);
                if (now.comment() != null) {
                    plan.alter(Phase.ALTER, t.key(), columnComment(t, now, now.comment()), d);
                }
            } else {
                alterColumn(plan, t, old, now, d);
            }
        }
        String options = GenericOptions.alter(f.options(), t.options(), t.key().display());
        if (options != null) {
            alterTable(plan, t, options, d);
        }
        Grants.change(plan, t, target(t), f.grants(), t.grants(), d);
    }

    private static void alterColumn(PlanContext plan, ForeignTable t, ForeignColumn f, ForeignColumn c, Direction d) {
        String column = "ALTER COLUMN " + Sql.ident(c.name()) + " ";
        if (!f.type().equals(c.type()) || !Objects.equals(f.collation(), c.collation())) {
            alterTable(plan, t, column + "TYPE " + c.type()
                    + (c.collation() == null ? "" : " COLLATE " + Names.collation(c.collation())), d);
        }
        if (!Objects.equals(f.defaultExpr(), c.defaultExpr())) {
            alterTable(plan, t, column + (c.defaultExpr() == null ? "DROP DEFAULT" : "SET DEFAULT " + c.defaultExpr()), d);
        }
        if (f.notNull() != c.notNull()) {
            alterTable(plan, t, column + (c.notNull() ? "SET NOT NULL" : "DROP NOT NULL"), d);
        }
        String options = GenericOptions.alter(f.options(), c.options(), t.key().display() + "." + c.name());
        if (options != null) {
            alterTable(plan, t, column + options, d);
        }
        if (!Objects.equals(f.comment(), c.comment())) {
            plan.alter(Phase.ALTER, t.key(), columnComment(t, c, c.comment()), d);
        }
    }

    private static void alterTable(PlanContext plan, ForeignTable t, String action, Direction d) {
        plan.alter(Phase.ALTER, t.key(), "ALTER FOREIGN TABLE " + Names.rel(t.key()) + " " + action + ";", d);
    }

    @Override
    public String commentTarget(ForeignTable t) {
        return "FOREIGN TABLE " + Names.rel(t.key());
    }

    /** On its server, and on the enums, domains and composite types its columns use. */
    @Override
    public void dependencies(ForeignTable t, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        link.accept(t.key(), server(t));
        for (ForeignColumn c : t.columns()) {
            ObjectKey type = side.typeKey(c.type());
            if (type != null) {
                link.accept(t.key(), type);
            }
        }
    }

    /** {@code name type OPTIONS (...) COLLATE c NOT NULL DEFAULT e}, in the order the grammar takes them. */
    private static String definition(ForeignTable t, ForeignColumn c) {
        return Sql.ident(c.name()) + " " + c.type()
                + GenericOptions.create(c.options(), t.key().display() + "." + c.name())
                + (c.collation() == null ? "" : " COLLATE " + Names.collation(c.collation()))
                + (c.notNull() ? " NOT NULL" : "")
                + (c.defaultExpr() == null ? "" : " DEFAULT " + c.defaultExpr());
    }

    private static String columnComment(ForeignTable t, ForeignColumn c, String text) {
        return "COMMENT ON COLUMN " + Names.rel(t.key()) + "." + Sql.ident(c.name()) + " IS " + Sql.literal(text) + ";";
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
