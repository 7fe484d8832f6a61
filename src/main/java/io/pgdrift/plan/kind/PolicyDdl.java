package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.Policy;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.Objects;
import java.util.Set;

/**
 * Row-level security policies: roles and expressions change in place ({@code ALTER POLICY}); a new command or
 * mode, or an expression taken away (which ALTER POLICY cannot do), recreates the policy.
 */
final class PolicyDdl implements KindDdl<Policy> {

    static final PolicyDdl INSTANCE = new PolicyDdl();

    private static final Set<String> COMMANDS = Set.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE");

    @Override
    public Class<Policy> type() {
        return Policy.class;
    }

    @Override
    public Step create(Policy p, PlanContext plan, Direction d) {
        StringBuilder sb = new StringBuilder("CREATE POLICY ").append(Names.member(p.key())).append(" ON ")
                .append(Names.rel(p.key())).append(" AS ").append(p.permissive() ? "PERMISSIVE" : "RESTRICTIVE")
                .append(" FOR ").append(Names.word(p.command(), COMMANDS, "policy command"))
                .append(" TO ").append(Names.roles(p.roles()));
        if (p.using() != null) {
            sb.append(" USING (").append(p.using()).append(')');
        }
        if (p.withCheck() != null) {
            sb.append(" WITH CHECK (").append(p.withCheck()).append(')');
        }
        ObjectKey table = Members.relationOf(plan.to(), p.key());
        Step main = plan.step(Phase.CREATE, p.key(), sb.append(';').toString(), d)
                .hazardIfAny(Locks.accessExclusive(plan, table, "creating a policy"))
                .hazardIfAny(AccessControl.policy(plan, p.key(), table, "adds"));
        Kinds.commentOnCreate(plan, p, d);
        return main;
    }

    @Override
    public Step drop(Policy p, PlanContext plan, Direction d) {
        ObjectKey table = Members.relationOf(plan.from(), p.key());
        return plan.step(Phase.DROP, p.key(), "DROP POLICY " + Names.member(p.key()) + " ON " + Names.rel(p.key()) + ";", d)
                .hazardIfAny(Locks.accessExclusive(plan, table, "dropping it"))
                .hazardIfAny(plan.decision().isCreated(p.key()) || plan.decision().isDropped(table) ? null
                        : AccessControl.policy(plan, p.key(), table, "drops"));
    }

    @Override
    public Rebuild rebuild(Policy f, Policy t, int fromMajor) {
        return !f.command().equals(t.command()) || f.permissive() != t.permissive()
                || (f.using() != null && t.using() == null) || (f.withCheck() != null && t.withCheck() == null)
                ? Rebuild.DROP_AND_CREATE : Rebuild.IN_PLACE;
    }

    @Override
    public void alter(Policy f, Policy t, PlanContext plan, Direction d) {
        StringBuilder sb = new StringBuilder();
        if (!f.roles().equals(t.roles())) {
            sb.append(" TO ").append(Names.roles(t.roles()));
        }
        if (!Objects.equals(f.using(), t.using())) {
            sb.append(" USING (").append(t.using()).append(')');
        }
        if (!Objects.equals(f.withCheck(), t.withCheck())) {
            sb.append(" WITH CHECK (").append(t.withCheck()).append(')');
        }
        if (sb.length() > 0) {
            plan.alter(Phase.ALTER, t.key(), "ALTER POLICY " + Names.member(t.key()) + " ON " + Names.rel(t.key()) + sb
                    + ";", d).hazardIfAny(Locks.accessExclusive(plan, Members.relationOf(plan.to(), t.key()),
                    "changing a policy")).hazardIfAny(AccessControl.policy(plan, t.key(),
                    Members.relationOf(plan.to(), t.key()), "changes"));
        }
    }

    @Override
    public String commentTarget(Policy p) {
        return "POLICY " + Names.member(p.key()) + " ON " + Names.rel(p.key());
    }
}
