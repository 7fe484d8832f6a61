package io.pgdrift.plan.kind;

import io.pgdrift.model.ForeignDataWrapper;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Foreign-data wrappers: handler, validator, options and grants all change in place. Created early, after
 * the functions they name; only a superuser may create or alter one.
 */
final class ForeignDataWrapperDdl implements KindDdl<ForeignDataWrapper> {

    static final ForeignDataWrapperDdl INSTANCE = new ForeignDataWrapperDdl();

    @Override
    public Class<ForeignDataWrapper> type() {
        return ForeignDataWrapper.class;
    }

    @Override
    public Step create(ForeignDataWrapper w, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, w.key(), "CREATE FOREIGN DATA WRAPPER " + name(w)
                + (w.handler() == null ? "" : " HANDLER " + Names.rel(w.handler()))
                + (w.validator() == null ? "" : " VALIDATOR " + Names.rel(w.validator()))
                + GenericOptions.create(w.options(), w.key().display()) + ";", d);
        needFunctions(w, main);
        Grants.change(plan, w, target(w), List.of(), w.grants(), d);
        Kinds.commentOnCreate(plan, w, d);
        return main;
    }

    @Override
    public Step drop(ForeignDataWrapper w, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, w.key(), "DROP FOREIGN DATA WRAPPER " + name(w) + ";", d);
    }

    @Override
    public void alter(ForeignDataWrapper f, ForeignDataWrapper t, PlanContext plan, Direction d) {
        if (!Objects.equals(f.handler(), t.handler())) {
            needFunctions(t, plan.alter(Phase.ALTER, t.key(), "ALTER FOREIGN DATA WRAPPER " + name(t)
                    + (t.handler() == null ? " NO HANDLER" : " HANDLER " + Names.rel(t.handler())) + ";", d));
        }
        if (!Objects.equals(f.validator(), t.validator())) {
            // options already set are not checked again by the new validator (PostgreSQL warns)
            needFunctions(t, plan.alter(Phase.ALTER, t.key(), "ALTER FOREIGN DATA WRAPPER " + name(t)
                    + (t.validator() == null ? " NO VALIDATOR" : " VALIDATOR " + Names.rel(t.validator())) + ";", d));
        }
        String options = GenericOptions.alter(f.options(), t.options(), t.key().display());
        if (options != null) {
            plan.alter(Phase.ALTER, t.key(), "ALTER FOREIGN DATA WRAPPER " + name(t) + " " + options + ";", d);
        }
        Grants.change(plan, t, target(t), f.grants(), t.grants(), d);
    }

    @Override
    public String commentTarget(ForeignDataWrapper w) {
        return target(w);
    }

    @Override
    public void dependencies(ForeignDataWrapper w, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        if (w.handler() != null) {
            link.accept(w.key(), w.handler());
        }
        if (w.validator() != null) {
            link.accept(w.key(), w.validator());
        }
    }

    private static void needFunctions(ForeignDataWrapper w, Step step) {
        if (w.handler() != null) {
            step.needs(w.handler());
        }
        if (w.validator() != null) {
            step.needs(w.validator());
        }
    }

    private static String name(ForeignDataWrapper w) {
        return Sql.ident(w.key().name());
    }

    private static String target(ForeignDataWrapper w) {
        return "FOREIGN DATA WRAPPER " + name(w);
    }
}
