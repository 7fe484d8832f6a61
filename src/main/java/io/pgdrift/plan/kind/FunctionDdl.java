package io.pgdrift.plan.kind;

import io.pgdrift.model.Function;
import io.pgdrift.model.Grant;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;
import java.util.Objects;

/**
 * Functions and procedures, written as the server deparses them ({@code CREATE OR REPLACE}); a new body or
 * attribute replaces the routine in place, a new signature, result or kind recreates it.
 */
final class FunctionDdl implements KindDdl<Function> {

    static final FunctionDdl INSTANCE = new FunctionDdl();

    /** Privileges a new routine has before any GRANT: it is executable by PUBLIC. */
    private static final List<Grant> IMPLICIT = List.of(new Grant(Grant.PUBLIC, "EXECUTE", false));

    @Override
    public Class<Function> type() {
        return Function.class;
    }

    @Override
    public Step create(Function f, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, f.key(), definition(f), d);
        Grants.change(plan, f, target(f), IMPLICIT, f.grants(), d);
        Kinds.commentOnCreate(plan, f, d);
        return main;
    }

    @Override
    public Step drop(Function f, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, f.key(), "DROP " + target(f) + ";", d);
    }

    @Override
    public Rebuild rebuild(Function f, Function t, int fromMajor) {
        // CREATE OR REPLACE cannot turn a function into a procedure or a window function, or back
        return f.procedure() != t.procedure() || !Objects.equals(f.window(), t.window())
                || !Objects.equals(f.result(), t.result())
                || !Objects.equals(f.arguments(), t.arguments()) ? Rebuild.DROP_AND_CREATE : Rebuild.IN_PLACE;
    }

    @Override
    public void alter(Function f, Function t, PlanContext plan, Direction d) {
        boolean replace = !Objects.equals(f.body(), t.body()) || !Objects.equals(f.language(), t.language())
                || !Objects.equals(f.volatility(), t.volatility()) || f.strict() != t.strict()
                || f.securityDefiner() != t.securityDefiner() || f.leakproof() != t.leakproof()
                || !Objects.equals(f.parallel(), t.parallel()) || !f.config().equals(t.config())
                || !Objects.equals(f.cost(), t.cost()) || !Objects.equals(f.rows(), t.rows())
                || !Objects.equals(f.support(), t.support());
        if (replace) {
            plan.alter(Phase.ALTER, t.key(), definition(t), d);
        }
        Grants.change(plan, t, target(t), f.grants(), t.grants(), d);
    }

    @Override
    public String commentTarget(Function f) {
        return target(f);
    }

    /** The complete {@code CREATE OR REPLACE} statement. */
    static String definition(Function f) {
        String definition = f.definition().stripTrailing();
        return definition.endsWith(";") ? definition : definition + ";";
    }

    private static String target(Function f) {
        return Names.routineWord(f) + " " + Names.signature(f.key());
    }
}
