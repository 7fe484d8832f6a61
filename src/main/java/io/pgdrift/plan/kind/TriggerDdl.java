package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.Trigger;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.Objects;

/** Triggers, written as the server deparses them; only the enabled state changes in place. */
final class TriggerDdl implements KindDdl<Trigger> {

    static final TriggerDdl INSTANCE = new TriggerDdl();

    static Hazard createBlocksWrites(ObjectKey relation) {
        return new Hazard(HazardKind.BLOCKS_WRITES, "takes a SHARE ROW EXCLUSIVE lock on " + relation.display()
                + ", blocking writes while it runs", null);
    }

    /** ENABLE/DISABLE TRIGGER takes SHARE ROW EXCLUSIVE, not ACCESS EXCLUSIVE: reads go on. */
    static Hazard enableBlocksWrites(ObjectKey relation) {
        return new Hazard(HazardKind.BLOCKS_WRITES, "takes a SHARE ROW EXCLUSIVE lock on " + relation.display()
                + ", blocking writes (not reads) while it runs", null);
    }

    @Override
    public Class<Trigger> type() {
        return Trigger.class;
    }

    @Override
    public Step create(Trigger t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        Step main = plan.step(Phase.CREATE, k, t.definition().stripTrailing() + ";", d);
        ObjectKey relation = Members.relationOf(plan.to(), k);
        if (!plan.decision().isCreated(relation)) {
            main.hazard(createBlocksWrites(relation));
        }
        if (t.enabled() != null && !t.enabled().equals("ORIGIN")) {
            plan.step(Phase.CREATE, k, enable(k, t.enabled()), d);
        }
        Kinds.commentOnCreate(plan, t, d);
        return main;
    }

    @Override
    public Step drop(Trigger t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        return plan.step(Phase.DROP, k, "DROP TRIGGER " + Names.member(k) + " ON " + Names.rel(k) + ";", d)
                .hazardIfAny(Locks.accessExclusive(plan, Members.relationOf(plan.from(), k), "dropping it"));
    }

    @Override
    public Rebuild rebuild(Trigger f, Trigger t, int fromMajor) {
        return f.definition().equals(t.definition()) ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(Trigger f, Trigger t, PlanContext plan, Direction d) {
        if (!Objects.equals(f.enabled(), t.enabled())) {
            ObjectKey relation = Members.relationOf(plan.to(), t.key());
            Step s = plan.alter(Phase.ALTER, t.key(), enable(t.key(), t.enabled()), d);
            if (!plan.decision().isCreated(relation)) {
                s.hazard(enableBlocksWrites(relation));
            }
        }
    }

    @Override
    public String commentTarget(Trigger t) {
        return "TRIGGER " + Names.member(t.key()) + " ON " + Names.rel(t.key());
    }

    private static String enable(ObjectKey trigger, String enabled) {
        String how = switch (enabled == null ? "ORIGIN" : enabled) {
            case "DISABLED" -> "DISABLE TRIGGER ";
            case "REPLICA" -> "ENABLE REPLICA TRIGGER ";
            case "ALWAYS" -> "ENABLE ALWAYS TRIGGER ";
            default -> "ENABLE TRIGGER ";
        };
        return "ALTER TABLE " + Names.rel(trigger) + " " + how + Names.member(trigger) + ";";
    }
}
