package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The access method of a table or materialized view ({@code USING} when it is created; null stands for the
 * default, {@code heap}). PostgreSQL 15 and later change it in place with {@code SET ACCESS METHOD}, which
 * rewrites the relation; before 15 the relation can only be created again.
 */
final class TableAccessMethod {

    /** The first major with {@code ALTER TABLE ... SET ACCESS METHOD}. */
    static final int SET_ACCESS_METHOD_MAJOR = 15;

    private TableAccessMethod() {
    }

    /** The {@code USING} clause of CREATE; empty for the default heap. */
    static String using(String accessMethod) {
        return accessMethod == null ? "" : " USING " + Sql.ident(accessMethod);
    }

    /** False when the access method changes on a production older than 15. */
    static boolean inPlace(String from, String to, int fromMajor) {
        return Objects.equals(from, to) || fromMajor >= SET_ACCESS_METHOD_MAJOR;
    }

    /** {@code ALTER word relation SET ACCESS METHOD}, when the method changes. */
    static void change(ObjectKey relation, String word, String from, String to, boolean unlogged, PlanContext plan,
                       Direction d) {
        if (Objects.equals(from, to)) {
            return;
        }
        Step step = plan.alter(Phase.ALTER, relation, "ALTER " + word + " " + Names.rel(relation)
                        + " SET ACCESS METHOD " + Sql.ident(to == null ? "heap" : to) + ";", d)
                .hazardIfAny(Locks.accessExclusive(plan, relation, "changing the access method"))
                .hazard(TableDdl.rewrites(relation, unlogged))
                .longRunning();
        if (to != null) {
            step.needs(key(to));
        }
    }

    /** A relation is created after its access method and leaves it before the access method is dropped. */
    static void dependency(ObjectKey relation, String accessMethod, BiConsumer<ObjectKey, ObjectKey> link) {
        if (accessMethod != null) {
            link.accept(relation, key(accessMethod));
        }
    }

    private static ObjectKey key(String accessMethod) {
        return ObjectKey.global(ObjectKind.ACCESS_METHOD, accessMethod);
    }
}
