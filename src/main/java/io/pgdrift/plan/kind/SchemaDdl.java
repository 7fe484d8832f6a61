package io.pgdrift.plan.kind;

import io.pgdrift.model.SchemaDef;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;

/** Schemas: created first (SETUP), with their grants; altered only in their grants. */
final class SchemaDdl implements KindDdl<SchemaDef> {

    static final SchemaDdl INSTANCE = new SchemaDdl();

    @Override
    public Class<SchemaDef> type() {
        return SchemaDef.class;
    }

    @Override
    public Step create(SchemaDef s, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.SETUP, s.key(), "CREATE SCHEMA " + Sql.ident(s.key().schema()) + ";", d);
        Grants.change(plan, s, target(s), List.of(), s.grants(), d);
        Kinds.commentOnCreate(plan, s, d);
        return main;
    }

    @Override
    public Step drop(SchemaDef s, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, s.key(), "DROP SCHEMA " + Sql.ident(s.key().schema()) + ";", d);
    }

    @Override
    public void alter(SchemaDef f, SchemaDef t, PlanContext plan, Direction d) {
        Grants.change(plan, t, target(t), f.grants(), t.grants(), d);
    }

    @Override
    public String commentTarget(SchemaDef s) {
        return target(s);
    }

    private static String target(SchemaDef s) {
        return "SCHEMA " + Sql.ident(s.key().schema());
    }
}
