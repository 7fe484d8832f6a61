package io.pgdrift.plan.kind;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Cast;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;

/**
 * Casts: PostgreSQL cannot alter one, so any change but the comment drops and creates it. Created after its
 * types and function, which {@code pg_depend} records.
 */
final class CastDdl implements KindDdl<Cast> {

    static final CastDdl INSTANCE = new CastDdl();

    @Override
    public Class<Cast> type() {
        return Cast.class;
    }

    @Override
    public Step create(Cast c, PlanContext plan, Direction d) {
        String how = switch (c.method()) {
            case "FUNCTION" -> " WITH FUNCTION " + c.function();
            case "BINARY" -> " WITHOUT FUNCTION";
            case "INOUT" -> " WITH INOUT";
            default -> throw unexpected("method", c.method());
        };
        String context = switch (c.context()) {
            case "EXPLICIT" -> "";
            case "ASSIGNMENT" -> " AS ASSIGNMENT";
            case "IMPLICIT" -> " AS IMPLICIT";
            default -> throw unexpected("context", c.context());
        };
        Step main = plan.step(Phase.CREATE, c.key(), "CREATE " + target(c) + how + context + ";", d);
        Kinds.commentOnCreate(plan, c, d);
        return main;
    }

    @Override
    public Step drop(Cast c, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, c.key(), "DROP " + target(c) + ";", d);
    }

    @Override
    public Rebuild rebuild(Cast from, Cast to, int fromMajor) {
        return Redefined.unlessOnlyComment(from, to);
    }

    @Override
    public void alter(Cast from, Cast to, PlanContext plan, Direction d) {
        // nothing but the comment changes in place (see rebuild)
    }

    @Override
    public String commentTarget(Cast c) {
        return target(c);
    }

    /** The types are {@code format_type} output: SQL already, quoted where they need it. */
    private static String target(Cast c) {
        return "CAST (" + c.source() + " AS " + c.target() + ")";
    }

    private static PgdriftException unexpected(String what, String value) {
        return new PgdriftException("unexpected cast " + what + " '" + value + "' in the snapshot; take the "
                + "snapshot with this pgdrift version");
    }
}
