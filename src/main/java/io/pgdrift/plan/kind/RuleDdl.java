package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.Rule;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.Objects;

/**
 * Rewrite rules, written as the server deparses them. A changed rule is replaced in place
 * ({@code CREATE OR REPLACE RULE}); its enabled state is an {@code ALTER TABLE}. Every one of these statements
 * locks the relation ACCESS EXCLUSIVE, as it changes how the relation's queries are planned.
 */
final class RuleDdl implements KindDdl<Rule> {

    static final RuleDdl INSTANCE = new RuleDdl();

    private static final String CREATE = "CREATE RULE ";

    @Override
    public Class<Rule> type() {
        return Rule.class;
    }

    @Override
    public Step create(Rule r, PlanContext plan, Direction d) {
        ObjectKey k = r.key();
        Step main = plan.step(Phase.CREATE, k, r.definition() + ";", d)
                .hazardIfAny(Locks.accessExclusive(plan, Members.relationOf(plan.to(), k), "creating a rule"));
        if (!"ORIGIN".equals(r.enabled())) {
            plan.step(Phase.CREATE, k, enable(k, r.enabled()), d).needs(k);
        }
        Kinds.commentOnCreate(plan, r, d);
        return main;
    }

    @Override
    public Step drop(Rule r, PlanContext plan, Direction d) {
        ObjectKey k = r.key();
        return plan.step(Phase.DROP, k, "DROP RULE " + Names.member(k) + " ON " + Names.rel(k) + ";", d)
                .hazardIfAny(Locks.accessExclusive(plan, Members.relationOf(plan.from(), k), "dropping a rule"));
    }

    @Override
    public void alter(Rule f, Rule t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        boolean redefined = !f.definition().equals(t.definition());
        if (redefined) {
            plan.alter(Phase.ALTER, k, replace(t.definition()) + ";", d)
                    .hazardIfAny(Locks.accessExclusive(plan, Members.relationOf(plan.to(), k), "replacing a rule"));
        }
        // a replaced rule fires on origin again, whatever it was set to before
        if (!Objects.equals(f.enabled(), t.enabled()) || redefined && !"ORIGIN".equals(t.enabled())) {
            plan.alter(Phase.ALTER, k, enable(k, t.enabled()), d).hazardIfAny(
                    Locks.accessExclusive(plan, Members.relationOf(plan.to(), k), "setting when a rule fires"));
        }
    }

    @Override
    public String commentTarget(Rule r) {
        return "RULE " + Names.member(r.key()) + " ON " + Names.rel(r.key());
    }

    /** The deparsed {@code CREATE RULE} as {@code CREATE OR REPLACE RULE}. */
    private static String replace(String definition) {
        if (!definition.startsWith(CREATE)) {
            throw new IllegalStateException("a rule definition does not start with CREATE RULE: " + definition);
        }
        return "CREATE OR REPLACE RULE " + definition.substring(CREATE.length());
    }

    private static String enable(ObjectKey rule, String enabled) {
        String how = switch (enabled == null ? "ORIGIN" : enabled) {
            case "DISABLED" -> "DISABLE RULE ";
            case "REPLICA" -> "ENABLE REPLICA RULE ";
            case "ALWAYS" -> "ENABLE ALWAYS RULE ";
            default -> "ENABLE RULE ";
        };
        return "ALTER TABLE " + Names.rel(rule) + " " + how + Names.member(rule) + ";";
    }
}
