package io.pgdrift.plan.kind;

import io.pgdrift.diff.Change;
import io.pgdrift.diff.Differ;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;

/**
 * {@code ALTER ... OWNER TO} when owners are compared (the snapshots hold owners only then), in production's role
 * names: for an object whose owner changed, and for one the migration creates, which would otherwise belong to
 * whoever runs it. Every kind that has an owner names itself the same way after {@code ALTER} as after
 * {@code COMMENT ON}.
 */
public final class Ownership {
    private Ownership() {
    }

    /** After a new object exists: give it the owner it has on the side the plan leads to, when owners are compared. */
    public static void onCreate(PlanContext plan, SchemaObject created, Direction direction) {
        if (!plan.from().hasOwners()) {
            return; // a side without owners: not compared (staging's are left out then), or an old snapshot file
        }
        String role = plan.to().ownerRole(created.key());
        if (role != null) {
            plan.step(Phase.LATE, created.key(), sql(created, role), direction).needs(created.key());
        }
    }

    /** An object production keeps whose owner differs. */
    public static void onAlter(PlanContext plan, Change.Altered altered, Direction direction) {
        for (var attribute : altered.attributes()) {
            if (attribute.name().equals(Differ.OWNER)) {
                String sql = sql(altered.to(), (String) attribute.to());
                plan.step(Phase.LATE, altered.key(), sql, direction).needs(altered.key())
                        .hazard(new Hazard(HazardKind.ACCESS_CONTROL, altered.key().display() + " changes hands from "
                                + attribute.from() + " to " + attribute.to() + ", who may then alter, grant on and"
                                + " drop it: " + sql, null));
            }
        }
    }

    private static String sql(SchemaObject object, String role) {
        return "ALTER " + Kinds.of(object.kind()).commentTargetOf(object) + " OWNER TO " + Sql.ident(role) + ";";
    }
}
