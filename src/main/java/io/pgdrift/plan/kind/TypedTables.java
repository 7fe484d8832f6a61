package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.Table;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Typed tables ({@code CREATE TABLE ... OF type}). A table is written with its columns as any other and then
 * bound to its composite type with {@code ALTER TABLE ... OF}, which PostgreSQL accepts only once the columns
 * match the type's attributes (names, types, order): so the binding waits for the type and for every column of
 * the table in its final form. {@code NOT OF} keeps the columns and only cuts the link.
 */
final class TypedTables {

    private TypedTables() {
    }

    /** Binds a table this migration creates to its type, after {@code created}. */
    static void afterCreate(Table t, Step created, PlanContext plan, Direction d) {
        if (t.ofType() != null) {
            bind(t, plan, d).after(created);
        }
    }

    static void change(Table f, Table t, PlanContext plan, Direction d) {
        if (Objects.equals(f.ofType(), t.ofType())) {
            return;
        }
        ObjectKey k = t.key();
        if (f.ofType() != null) {
            plan.alter(Phase.ALTER, k, "ALTER TABLE " + Names.rel(k) + " NOT OF;", d)
                    .hazardIfAny(Locks.accessExclusive(plan, k, "unbinding a typed table"));
        }
        if (t.ofType() != null) {
            bind(t, plan, d).hazardIfAny(Locks.accessExclusive(plan, k, "binding a table to a type"));
        }
    }

    /** A typed table depends on its type: the type goes only after the table let go of it. */
    static void dependency(Table t, BiConsumer<ObjectKey, ObjectKey> link) {
        if (t.ofType() != null) {
            link.accept(t.key(), t.ofType());
        }
    }

    private static Step bind(Table t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        // not an alter of the table: a column added to it (which follows the table's alters) comes first
        Step s = plan.step(Phase.CREATE, k, "ALTER TABLE " + Names.rel(k) + " OF " + Names.rel(t.ofType()) + ";", d)
                .needs(t.ofType());
        for (Column c : plan.to().columns(k)) {
            s.needs(c.key());
        }
        return s;
    }
}
