package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.View;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.function.BiConsumer;

/** Materialized views: created WITH DATA; a new query recreates them, which runs the query again. */
final class MaterializedViewDdl implements KindDdl<View> {

    static final MaterializedViewDdl INSTANCE = new MaterializedViewDdl();

    static Hazard dropsStoredRows(ObjectKey k) {
        return new Hazard(HazardKind.DATA_LOSS, "drops materialized view " + k.display()
                + " and its stored rows (recreating it runs its query again)", null);
    }

    @Override
    public Class<View> type() {
        return View.class;
    }

    @Override
    public Step create(View v, PlanContext plan, Direction d) {
        return Views.create(v, "MATERIALIZED VIEW", "\nWITH DATA;", plan, d);
    }

    @Override
    public Step drop(View v, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, v.key(), "DROP MATERIALIZED VIEW " + Names.rel(v.key()) + ";", d)
                .hazard(dropsStoredRows(v.key()));
    }

    @Override
    public Rebuild rebuild(View f, View t, int fromMajor) {
        return Views.rebuild(f, t, fromMajor);
    }

    @Override
    public void alter(View f, View t, PlanContext plan, Direction d) {
        Views.alter(f, t, "MATERIALIZED VIEW", plan, d);
    }

    @Override
    public String commentTarget(View v) {
        return "MATERIALIZED VIEW " + Names.rel(v.key());
    }

    @Override
    public void dependencies(View v, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        Views.dependencies(v, link);
    }
}
