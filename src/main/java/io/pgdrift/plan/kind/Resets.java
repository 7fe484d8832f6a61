package io.pgdrift.plan.kind;

import io.pgdrift.model.DomainType;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;

/**
 * Defaults and domain checks that use something being dropped or retyped: taken off in the DROP phase and
 * put back (TO's version) once what they use exists again. The decision says which; the kinds write them.
 */
public final class Resets {

    private Resets() {
    }

    /** A column's default, around a change of the type or sequence it uses. */
    public static void columnDefault(ObjectKey column, PlanContext plan, Direction direction) {
        ColumnDdl.resetDefault(column, plan, direction);
    }

    /** A domain's checks and default, around a change of what they use; {@code after} null when it goes. */
    public static void domain(DomainType before, DomainType after, PlanContext plan, Direction direction) {
        DomainDdl.reset(before, after, plan, direction);
    }
}
