package io.pgdrift.plan.kind;

import io.pgdrift.model.AccessMethod;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.Set;

/**
 * Access methods: PostgreSQL cannot alter one, so any change but the comment drops and creates it. Tables that
 * use one are created after it and leave it before it is dropped (see {@link TableDdl#dependencies}).
 */
final class AccessMethodDdl implements KindDdl<AccessMethod> {

    static final AccessMethodDdl INSTANCE = new AccessMethodDdl();

    private static final Set<String> TYPES = Set.of("TABLE", "INDEX");

    @Override
    public Class<AccessMethod> type() {
        return AccessMethod.class;
    }

    @Override
    public Step create(AccessMethod a, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, a.key(), "CREATE ACCESS METHOD " + Sql.ident(a.key().name()) + " TYPE "
                + Names.word(a.type(), TYPES, "access method type") + " HANDLER " + a.handler() + ";", d);
        Kinds.commentOnCreate(plan, a, d);
        return main;
    }

    @Override
    public Step drop(AccessMethod a, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, a.key(), "DROP " + commentTarget(a) + ";", d);
    }

    @Override
    public Rebuild rebuild(AccessMethod from, AccessMethod to, int fromMajor) {
        return Redefined.unlessOnlyComment(from, to);
    }

    @Override
    public void alter(AccessMethod from, AccessMethod to, PlanContext plan, Direction d) {
        // nothing but the comment changes in place (see rebuild)
    }

    @Override
    public String commentTarget(AccessMethod a) {
        return "ACCESS METHOD " + Sql.ident(a.key().name());
    }
}
