package io.pgdrift.plan.kind;

import io.pgdrift.model.OperatorFamily;
import io.pgdrift.model.OperatorMember;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Operator families: created empty, then given their own members ({@code ALTER OPERATOR FAMILY ... ADD}); members
 * are added and dropped in place (a changed member is dropped from its slot and added again). The members of
 * the family's classes belong to {@link OperatorClassDdl}.
 */
final class OperatorFamilyDdl implements KindDdl<OperatorFamily> {

    static final OperatorFamilyDdl INSTANCE = new OperatorFamilyDdl();

    @Override
    public Class<OperatorFamily> type() {
        return OperatorFamily.class;
    }

    @Override
    public Step create(OperatorFamily f, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, f.key(), "CREATE " + commentTarget(f) + ";", d);
        if (!f.members().isEmpty()) {
            plan.step(Phase.CREATE, f.key(), add(f, f.members()), d).needs(f.key());
        }
        Kinds.commentOnCreate(plan, f, d);
        return main;
    }

    @Override
    public Step drop(OperatorFamily f, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, f.key(), "DROP " + commentTarget(f) + ";", d);
    }

    @Override
    public void alter(OperatorFamily f, OperatorFamily t, PlanContext plan, Direction d) {
        List<OperatorMember> gone = f.members().stream().filter(m -> !t.members().contains(m)).toList();
        List<OperatorMember> added = t.members().stream().filter(m -> !f.members().contains(m)).toList();
        if (!gone.isEmpty()) {
            plan.alter(Phase.ALTER, t.key(), "ALTER " + commentTarget(t) + " DROP "
                    + gone.stream().map(OperatorMembers::slot).collect(Collectors.joining(", ")) + ";", d);
        }
        if (!added.isEmpty()) {
            plan.alter(Phase.ALTER, t.key(), add(t, added), d);
        }
    }

    /** {@code OPERATOR FAMILY public.f USING btree}. */
    @Override
    public String commentTarget(OperatorFamily f) {
        return "OPERATOR FAMILY " + Names.rel(f.key()) + " USING " + Sql.ident(f.key().member());
    }

    private String add(OperatorFamily f, List<OperatorMember> members) {
        return "ALTER " + commentTarget(f) + " ADD "
                + members.stream().map(OperatorMembers::definition).collect(Collectors.joining(", ")) + ";";
    }
}
