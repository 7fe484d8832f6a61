package io.pgdrift.plan.kind;

import io.pgdrift.model.Extension;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.Objects;

/** Extensions: created early (SETUP) as other objects may use them; updated and moved in place. */
final class ExtensionDdl implements KindDdl<Extension> {

    static final ExtensionDdl INSTANCE = new ExtensionDdl();

    static Hazard dropsEverythingItCreated(ObjectKey k) {
        return new Hazard(HazardKind.DATA_LOSS, "drops extension " + k.display() + " and every object it created", null);
    }

    @Override
    public Class<Extension> type() {
        return Extension.class;
    }

    @Override
    public Step create(Extension e, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.SETUP, e.key(), "CREATE EXTENSION IF NOT EXISTS " + Sql.ident(e.key().name())
                + (e.schema() == null ? "" : " SCHEMA " + Sql.ident(e.schema()))
                + (e.version() == null ? "" : " VERSION " + Sql.literal(e.version())) + ";", d);
        Kinds.commentOnCreate(plan, e, d);
        return main;
    }

    @Override
    public Step drop(Extension e, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, e.key(), "DROP EXTENSION " + Sql.ident(e.key().name()) + ";", d)
                .hazard(dropsEverythingItCreated(e.key()));
    }

    @Override
    public void alter(Extension f, Extension t, PlanContext plan, Direction d) {
        String name = Sql.ident(t.key().name());
        if (!Objects.equals(f.version(), t.version()) && t.version() != null) {
            plan.alter(Phase.SETUP, t.key(), "ALTER EXTENSION " + name + " UPDATE TO " + Sql.literal(t.version()) + ";", d);
        }
        if (!Objects.equals(f.schema(), t.schema()) && t.schema() != null) {
            plan.alter(Phase.SETUP, t.key(), "ALTER EXTENSION " + name + " SET SCHEMA " + Sql.ident(t.schema()) + ";", d)
                    .needs(ObjectKey.schema(t.schema()));
        }
    }

    @Override
    public String commentTarget(Extension e) {
        return "EXTENSION " + Sql.ident(e.key().name());
    }
}
