package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.View;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;

/**
 * What views and materialized views share: both are recreated when their query changes, and change their
 * storage parameters and grants in place.
 */
final class Views {

    private Views() {
    }

    static Step create(View v, String word, String tail, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, v.key(), "CREATE " + word + " " + Names.rel(v.key())
                + StorageParameters.with(v.options()) + " AS\n" + v.definition() + tail, d);
        Grants.change(plan, v, target(v.key()), List.of(), v.grants(), d);
        Kinds.commentOnCreate(plan, v, d);
        return main;
    }

    static Rebuild rebuild(View f, View t) {
        return f.definition().equals(t.definition()) ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    static void alter(View f, View t, String word, PlanContext plan, Direction d) {
        StorageParameters.change(plan, "ALTER " + word + " " + Names.rel(t.key()), t.key(), f.options(), t.options(), d);
        Grants.change(plan, t, target(t.key()), f.grants(), t.grants(), d);
    }

    /** Grants on views of both kinds are written ON TABLE. */
    private static String target(ObjectKey k) {
        return "TABLE " + Names.rel(k);
    }
}
