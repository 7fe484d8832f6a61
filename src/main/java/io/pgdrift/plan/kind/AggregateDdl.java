package io.pgdrift.plan.kind;

import io.pgdrift.model.Aggregate;
import io.pgdrift.model.Grant;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Aggregates. A new argument list, result or kind (ordinary, ordered-set, hypothetical-set) recreates the
 * aggregate; any other option is replaced in place with {@code CREATE OR REPLACE AGGREGATE}, which cannot
 * change those three. Created after its support functions and state types, which {@code pg_depend} records.
 */
final class AggregateDdl implements KindDdl<Aggregate> {

    static final AggregateDdl INSTANCE = new AggregateDdl();

    /** Privileges a new aggregate has before any GRANT: it is executable by PUBLIC, like a function. */
    private static final List<Grant> IMPLICIT = List.of(new Grant(Grant.PUBLIC, "EXECUTE", false));

    private static final Set<String> MODIFY = Set.of("READ_ONLY", "SHAREABLE", "READ_WRITE");
    private static final Set<String> PARALLEL = Set.of("SAFE", "RESTRICTED");

    @Override
    public Class<Aggregate> type() {
        return Aggregate.class;
    }

    @Override
    public Step create(Aggregate a, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, a.key(), definition("CREATE ", a), d);
        Grants.change(plan, a, grantTarget(a), IMPLICIT, a.grants(), d);
        Kinds.commentOnCreate(plan, a, d);
        return main;
    }

    @Override
    public Step drop(Aggregate a, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, a.key(), "DROP " + commentTarget(a) + ";", d);
    }

    @Override
    public Rebuild rebuild(Aggregate f, Aggregate t, int fromMajor) {
        return f.aggregateKind().equals(t.aggregateKind()) && Objects.equals(f.arguments(), t.arguments())
                && Objects.equals(f.result(), t.result()) ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(Aggregate f, Aggregate t, PlanContext plan, Direction d) {
        if (!definition("", f).equals(definition("", t))) {
            plan.alter(Phase.ALTER, t.key(), definition("CREATE OR REPLACE ", t), d);
        }
        Grants.change(plan, t, grantTarget(t), f.grants(), t.grants(), d);
    }

    @Override
    public String commentTarget(Aggregate a) {
        return "AGGREGATE " + Names.rel(a.key()) + "(" + (a.key().member().isEmpty() ? "*" : a.key().member()) + ")";
    }

    /** GRANT takes an aggregate as a function. */
    private static String grantTarget(Aggregate a) {
        return "FUNCTION " + Names.signature(a.key());
    }

    /**
     * The statement after {@code create}. Function, type and operator names are {@code regproc},
     * {@code format_type} and {@code regoper} output: SQL already, quoted where they need it.
     */
    private static String definition(String create, Aggregate a) {
        List<String> options = new ArrayList<>();
        options.add("SFUNC = " + a.transition());
        options.add("STYPE = " + a.stateType());
        option(options, "SSPACE", a.stateSpace());
        option(options, "FINALFUNC", a.finalFunction());
        if (a.finalExtra()) {
            options.add("FINALFUNC_EXTRA");
        }
        option(options, "FINALFUNC_MODIFY", modify(a.finalModify()));
        option(options, "COMBINEFUNC", a.combine());
        option(options, "SERIALFUNC", a.serialize());
        option(options, "DESERIALFUNC", a.deserialize());
        option(options, "INITCOND", a.initialCondition() == null ? null : Sql.literal(a.initialCondition()));
        option(options, "MSFUNC", a.movingTransition());
        option(options, "MINVFUNC", a.movingInverse());
        option(options, "MSTYPE", a.movingStateType());
        option(options, "MSSPACE", a.movingStateSpace());
        option(options, "MFINALFUNC", a.movingFinal());
        if (a.movingFinalExtra()) {
            options.add("MFINALFUNC_EXTRA");
        }
        option(options, "MFINALFUNC_MODIFY", modify(a.movingFinalModify()));
        option(options, "MINITCOND", a.movingInitialCondition() == null ? null
                : Sql.literal(a.movingInitialCondition()));
        // regoper qualifies an operator whose name is not unique: only OPERATOR(...) takes a qualified one
        option(options, "SORTOP", a.sortOperator() == null ? null : "OPERATOR(" + a.sortOperator() + ")");
        if (!"UNSAFE".equals(a.parallel())) {
            options.add("PARALLEL = " + Names.word(a.parallel(), PARALLEL, "aggregate parallel safety"));
        }
        if ("HYPOTHETICAL".equals(a.aggregateKind())) {
            options.add("HYPOTHETICAL");
        }
        String arguments = a.arguments() == null || a.arguments().isEmpty() ? "*" : a.arguments();
        return create + "AGGREGATE " + Names.rel(a.key()) + "(" + arguments + ") (\n    "
                + String.join(",\n    ", options) + "\n);";
    }

    private static void option(List<String> options, String name, Object value) {
        if (value != null) {
            options.add(name + " = " + value);
        }
    }

    private static String modify(String value) {
        return value == null ? null : Names.word(value, MODIFY, "aggregate FINALFUNC_MODIFY");
    }
}
