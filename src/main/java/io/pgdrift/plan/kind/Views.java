package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.View;
import io.pgdrift.model.ViewColumn;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What views and materialized views share: both are recreated when their query changes, and change their
 * storage parameters, grants and column defaults and comments in place.
 */
final class Views {

    private Views() {
    }

    static Step create(View v, String word, String tail, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, v.key(), "CREATE " + word + " " + Names.rel(v.key())
                + TableAccessMethod.using(v.accessMethod()) + StorageParameters.with(v.options()) + " AS\n"
                + v.definition() + tail, d);
        Grants.change(plan, v, target(v.key()), List.of(), v.grants(), d);
        Kinds.commentOnCreate(plan, v, d);
        columns(v.key(), word, List.of(), v.columns(), Phase.CREATE, plan, d);
        return main;
    }

    static Rebuild rebuild(View f, View t, int fromMajor) {
        return f.definition().equals(t.definition())
                && TableAccessMethod.inPlace(f.accessMethod(), t.accessMethod(), fromMajor)
                ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    static void alter(View f, View t, String word, PlanContext plan, Direction d) {
        TableAccessMethod.change(t.key(), word, f.accessMethod(), t.accessMethod(), false, plan, d);
        StorageParameters.change(plan, "ALTER " + word + " " + Names.rel(t.key()), t.key(), f.options(), t.options(), d);
        Grants.change(plan, t, target(t.key()), f.grants(), t.grants(), d);
        columns(t.key(), word, f.columns(), t.columns(), Phase.ALTER, plan, d);
    }

    /**
     * Defaults and comments of the view's columns: SET/DROP DEFAULT (a catalog change under a brief lock) and
     * COMMENT ON COLUMN, for each column where they differ.
     */
    private static void columns(ObjectKey k, String word, List<ViewColumn> from, List<ViewColumn> to, Phase phase,
                                PlanContext plan, Direction d) {
        Map<String, ViewColumn> before = new LinkedHashMap<>();
        from.forEach(c -> before.put(c.name(), c));
        Map<String, ViewColumn> after = new LinkedHashMap<>();
        to.forEach(c -> after.put(c.name(), c));
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        for (String name : names) {
            ViewColumn f = before.getOrDefault(name, new ViewColumn(name, null, null));
            ViewColumn t = after.getOrDefault(name, new ViewColumn(name, null, null));
            String column = Names.rel(k) + " ALTER COLUMN " + Sql.ident(name);
            if (!Objects.equals(f.defaultExpr(), t.defaultExpr())) {
                plan.alterOrFollowCreate(phase, k, "ALTER " + word + " " + column
                        + (t.defaultExpr() == null ? " DROP DEFAULT;" : " SET DEFAULT " + t.defaultExpr() + ";"), d);
            }
            if (!Objects.equals(f.comment(), t.comment())) {
                plan.alterOrFollowCreate(phase, k, "COMMENT ON COLUMN " + Names.rel(k) + "." + Sql.ident(name)
                        + " IS " + (t.comment() == null ? "NULL" : Sql.literal(t.comment())) + ";", d);
            }
        }
    }

    /** A materialized view is created after its access method. */
    static void dependencies(View v, BiConsumer<ObjectKey, ObjectKey> link) {
        TableAccessMethod.dependency(v.key(), v.accessMethod(), link);
    }

    /** Grants on views of both kinds are written ON TABLE. */
    private static String target(ObjectKey k) {
        return "TABLE " + Names.rel(k);
    }
}
