package io.pgdrift.plan.kind;

import io.pgdrift.model.ForeignTable;
import io.pgdrift.model.ForeignTable.ForeignColumn;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The columns of a foreign table, which are part of it (see {@link ForeignTable}): their definition inside
 * CREATE FOREIGN TABLE, what a new column sets beside it, and the in-place changes of one found on both sides.
 * Every statement is keyed by the foreign table, so that they follow its CREATE in order. None touches rows.
 */
final class ForeignColumns {

    private ForeignColumns() {
    }

    /** {@code name type OPTIONS (...) COLLATE c [CONSTRAINT n] NOT NULL DEFAULT e}, in the order the grammar takes. */
    static String definition(ForeignTable t, ForeignColumn c) {
        return Sql.ident(c.name()) + " " + c.type()
                + GenericOptions.create(c.options(), t.key().display() + "." + c.name())
                + (c.collation() == null ? "" : " COLLATE " + Names.collation(c.collation()))
                + (c.notNull() && c.notNullName() != null ? " CONSTRAINT " + Sql.ident(c.notNullName()) : "")
                + (c.notNull() ? " NOT NULL" : "")
                + (c.defaultExpr() == null ? "" : " DEFAULT " + c.defaultExpr());
    }

    /**
     * What a column written by {@link #definition} in a new foreign table sets beside it: comment, storage,
     * statistics, attribute options and privileges, each a step that needs the table's CREATE.
     */
    static void extras(ForeignTable t, ForeignColumn c, PlanContext plan, Direction d) {
        String column = prefix(t, c);
        List<String> sql = new ArrayList<>();
        if (c.comment() != null) {
            sql.add(comment(t, c));
        }
        if (c.storage() != null) {
            sql.add(column + "SET STORAGE " + ColumnStorage.storage(c.storage()) + ";");
        }
        if (c.statistics() != null) {
            sql.add(column + "SET STATISTICS " + c.statistics() + ";");
        }
        if (c.attributeOptions() != null) {
            sql.add(column.trim() + StorageParameters.set(c.attributeOptions()) + ";");
        }
        sql.forEach(statement -> plan.step(Phase.CREATE, t.key(), statement, d).needs(t.key()));
        Grants.changeOfColumn(plan, t.key(), key(t, c), List.of(), listed(c.grants()), d);
    }

    /** {@code ADD COLUMN}, then what the column sets beside its definition. */
    static void add(ForeignTable t, ForeignColumn c, PlanContext plan, Direction d) {
        alterTable(plan, t, "ADD COLUMN " + definition(t, c), d);
        alter(t, new ForeignColumn(c.name(), c.type(), c.notNull(), c.defaultExpr(), c.collation(), c.options(), null,
                null, null, null, null, c.notNullName()), c, plan, d);
    }

    /** The in-place changes of a column found on both sides. */
    static void alter(ForeignTable t, ForeignColumn f, ForeignColumn c, PlanContext plan, Direction d) {
        String column = "ALTER COLUMN " + Sql.ident(c.name()) + " ";
        if (!f.type().equals(c.type()) || !Objects.equals(f.collation(), c.collation())) {
            alterTable(plan, t, column + "TYPE " + c.type()
                    + (c.collation() == null ? "" : " COLLATE " + Names.collation(c.collation())), d);
        }
        if (!Objects.equals(f.defaultExpr(), c.defaultExpr())) {
            alterTable(plan, t, column + (c.defaultExpr() == null ? "DROP DEFAULT" : "SET DEFAULT " + c.defaultExpr()), d);
        }
        notNull(t, f, c, plan, d);
        String options = GenericOptions.alter(f.options(), c.options(), t.key().display() + "." + c.name());
        if (options != null) {
            alterTable(plan, t, column + options, d);
        }
        if (!Objects.equals(f.comment(), c.comment())) {
            plan.alter(Phase.ALTER, t.key(), comment(t, c), d);
        }
        settings(t, f, c, plan, d);
    }

    /** NOT NULL set or dropped; on 18, named as staging names it (ADD CONSTRAINT, or a rename of the existing one). */
    private static void notNull(ForeignTable t, ForeignColumn f, ForeignColumn c, PlanContext plan, Direction d) {
        ObjectKey key = key(t, c);
        if (!f.notNull() && c.notNull()) {
            alterTable(plan, t, c.notNullName() == null ? "ALTER COLUMN " + Sql.ident(c.name()) + " SET NOT NULL"
                    : "ADD CONSTRAINT " + Sql.ident(c.notNullName()) + " NOT NULL " + Sql.ident(c.name()), d);
        } else if (f.notNull() && !c.notNull()) {
            alterTable(plan, t, "ALTER COLUMN " + Sql.ident(c.name()) + " DROP NOT NULL", d);
        } else if (c.notNull() && !Objects.equals(f.notNullName(), c.notNullName())) {
            String old = f.notNullName() != null ? f.notNullName() : NotNulls.defaultName(key);
            String now = c.notNullName() != null ? c.notNullName() : NotNulls.defaultName(key);
            // ALTER FOREIGN TABLE has no RENAME CONSTRAINT; ALTER TABLE takes a foreign table
            plan.alter(Phase.ALTER, t.key(), "ALTER TABLE " + Names.rel(t.key()) + " RENAME CONSTRAINT "
                    + Sql.ident(old) + " TO " + Sql.ident(now) + ";", d);
        }
    }

    /** Storage, statistics target, attribute options and column privileges, from {@code f}'s to {@code c}'s. */
    private static void settings(ForeignTable t, ForeignColumn f, ForeignColumn c, PlanContext plan, Direction d) {
        String column = "ALTER COLUMN " + Sql.ident(c.name()) + " ";
        if (!Objects.equals(f.storage(), c.storage())) {
            String storage = c.storage() != null ? ColumnStorage.storage(c.storage())
                    : plan.from().major() >= 16 ? "DEFAULT" : ColumnStorage.defaultStorage(c.type());
            alterTable(plan, t, column + "SET STORAGE " + storage, d);
        }
        if (!Objects.equals(f.statistics(), c.statistics())) {
            alterTable(plan, t, column + "SET STATISTICS " + (c.statistics() == null ? -1 : c.statistics()), d);
        }
        StorageParameters.change(plan, prefix(t, c).trim(), t.key(), listed(f.attributeOptions()),
                listed(c.attributeOptions()), d);
        Grants.changeOfColumn(plan, t.key(), key(t, c), listed(f.grants()), listed(c.grants()), d);
    }

    /** {@code ALTER FOREIGN TABLE t ALTER COLUMN c }. */
    private static String prefix(ForeignTable t, ForeignColumn c) {
        return "ALTER FOREIGN TABLE " + Names.rel(t.key()) + " ALTER COLUMN " + Sql.ident(c.name()) + " ";
    }

    static void alterTable(PlanContext plan, ForeignTable t, String action, Direction d) {
        plan.alter(Phase.ALTER, t.key(), "ALTER FOREIGN TABLE " + Names.rel(t.key()) + " " + action + ";", d);
    }

    private static String comment(ForeignTable t, ForeignColumn c) {
        return "COMMENT ON COLUMN " + Names.rel(t.key()) + "." + Sql.ident(c.name()) + " IS "
                + (c.comment() == null ? "NULL" : Sql.literal(c.comment())) + ";";
    }

    private static ObjectKey key(ForeignTable t, ForeignColumn c) {
        return ObjectKey.member(ObjectKind.COLUMN, t.key().schema(), t.key().name(), c.name());
    }

    private static <T> List<T> listed(List<T> unsetOrList) {
        return unsetOrList == null ? List.of() : unsetOrList;
    }
}
