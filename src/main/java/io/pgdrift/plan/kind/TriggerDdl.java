package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Trigger;
import io.pgdrift.model.Trigger.CloneState;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        for (CloneState clone : clones(t)) {
            plan.step(Phase.CREATE, k, enable(clone, k, clone.enabled()), d);
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
        boolean parentChanged = !Objects.equals(f.enabled(), t.enabled());
        if (parentChanged) {
            ObjectKey relation = Members.relationOf(plan.to(), t.key());
            Step s = plan.alter(Phase.ALTER, t.key(), enable(t.key(), t.enabled()), d);
            if (!plan.decision().isCreated(relation)) {
                s.hazard(enableBlocksWrites(relation));
            }
        }
        // a parent's ENABLE/DISABLE also sets its clones, so after one every clone of its own is set again
        Map<String, CloneState> before = new HashMap<>();
        clones(f).forEach(c -> before.put(c.schema() + "." + c.table(), c));
        for (CloneState clone : clones(t)) {
            CloneState was = before.remove(clone.schema() + "." + clone.table());
            if (parentChanged || was == null || !was.enabled().equals(clone.enabled())) {
                setClone(clone, clone.enabled(), t.key(), plan, d);
            }
        }
        // a clone that followed a state of its own in production and follows its parent in staging
        for (CloneState gone : before.values()) {
            if (plan.to().contains(ObjectKey.of(ObjectKind.TABLE, gone.schema(), gone.table()))) {
                setClone(gone, t.enabled(), t.key(), plan, d);
            }
        }
    }

    private static void setClone(CloneState clone, String enabled, ObjectKey trigger, PlanContext plan, Direction d) {
        ObjectKey partition = ObjectKey.of(ObjectKind.TABLE, clone.schema(), clone.table());
        boolean created = plan.decision().isCreated(partition);
        // a partition the migration creates gets its clone then, so the clone's own state is set after it
        Step s = plan.alter(created ? Phase.CREATE : Phase.ALTER, trigger, enable(clone, trigger, enabled), d);
        if (!created) {
            s.hazard(enableBlocksWrites(partition));
        }
    }

    private static List<CloneState> clones(Trigger t) {
        return t.clones() == null ? List.of() : t.clones();
    }

    @Override
    public String commentTarget(Trigger t) {
        return "TRIGGER " + Names.member(t.key()) + " ON " + Names.rel(t.key());
    }

    private static String enable(ObjectKey trigger, String enabled) {
        return "ALTER TABLE " + Names.rel(trigger) + " " + how(enabled) + Names.member(trigger) + ";";
    }

    private static String enable(CloneState clone, ObjectKey trigger, String enabled) {
        return "ALTER TABLE " + Sql.qualified(clone.schema(), clone.table()) + " " + how(enabled)
                + Names.member(trigger) + ";";
    }

    private static String how(String enabled) {
        return switch (enabled == null ? "ORIGIN" : enabled) {
            case "DISABLED" -> "DISABLE TRIGGER ";
            case "REPLICA" -> "ENABLE REPLICA TRIGGER ";
            case "ALWAYS" -> "ENABLE ALWAYS TRIGGER ";
            default -> "ENABLE TRIGGER ";
        };
    }
}
