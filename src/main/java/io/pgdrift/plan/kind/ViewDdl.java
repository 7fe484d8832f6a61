package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.View;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.kind.Step.Phase;

/** Views: a new query recreates the view (and, through the decision, every view over it). */
final class ViewDdl implements KindDdl<View> {

    static final ViewDdl INSTANCE = new ViewDdl();

    static Hazard queriesFailUntilRecreated(ObjectKey k) {
        return Locks.dropLock(k, "; queries on it fail until it is recreated", null);
    }

    @Override
    public Class<View> type() {
        return View.class;
    }

    @Override
    public Step create(View v, PlanContext plan, Direction d) {
        return Views.create(v, "VIEW", ";", plan, d);
    }

    @Override
    public Step drop(View v, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, v.key(), "DROP VIEW " + Names.rel(v.key()) + ";", d)
                .hazard(queriesFailUntilRecreated(v.key()));
    }

    @Override
    public Rebuild rebuild(View f, View t, int fromMajor) {
        return Views.rebuild(f, t, fromMajor);
    }

    @Override
    public void alter(View f, View t, PlanContext plan, Direction d) {
        Views.alter(f, t, "VIEW", plan, d);
    }

    @Override
    public String commentTarget(View v) {
        return "VIEW " + Names.rel(v.key());
    }
}
