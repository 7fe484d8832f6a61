package io.pgdrift.plan.kind;

import io.pgdrift.model.EventTrigger;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Event triggers (database-wide): only the enabled state changes in place. */
final class EventTriggerDdl implements KindDdl<EventTrigger> {

    static final EventTriggerDdl INSTANCE = new EventTriggerDdl();

    private static final Set<String> EVENTS = Set.of("ddl_command_start", "ddl_command_end", "table_rewrite",
            "sql_drop", "login");

    @Override
    public Class<EventTrigger> type() {
        return EventTrigger.class;
    }

    @Override
    public Step create(EventTrigger e, PlanContext plan, Direction d) {
        StringBuilder sb = new StringBuilder("CREATE EVENT TRIGGER ").append(Sql.ident(e.key().name())).append(" ON ")
                .append(Names.word(e.event(), EVENTS, "event"));
        if (!e.tags().isEmpty()) {
            sb.append(" WHEN TAG IN (")
                    .append(e.tags().stream().map(Sql::literal).collect(Collectors.joining(", "))).append(')');
        }
        String function = e.function().endsWith("()") ? e.function() : e.function() + "()";
        Step main = plan.step(Phase.CREATE, e.key(), sb.append(" EXECUTE FUNCTION ").append(function).append(';')
                .toString(), d);
        if (e.enabled() != null && !e.enabled().equals("ORIGIN")) {
            plan.step(Phase.CREATE, e.key(), enable(e), d);
        }
        Kinds.commentOnCreate(plan, e, d);
        return main;
    }

    @Override
    public Step drop(EventTrigger e, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, e.key(), "DROP EVENT TRIGGER " + Sql.ident(e.key().name()) + ";", d);
    }

    @Override
    public Rebuild rebuild(EventTrigger f, EventTrigger t, int fromMajor) {
        return !f.event().equals(t.event()) || !f.function().equals(t.function()) || !f.tags().equals(t.tags())
                ? Rebuild.DROP_AND_CREATE : Rebuild.IN_PLACE;
    }

    @Override
    public void alter(EventTrigger f, EventTrigger t, PlanContext plan, Direction d) {
        if (!Objects.equals(f.enabled(), t.enabled())) {
            plan.alter(Phase.ALTER, t.key(), enable(t), d);
        }
    }

    @Override
    public String commentTarget(EventTrigger e) {
        return "EVENT TRIGGER " + Sql.ident(e.key().name());
    }

    private static String enable(EventTrigger e) {
        String how = switch (e.enabled() == null ? "ORIGIN" : e.enabled()) {
            case "DISABLED" -> "DISABLE";
            case "REPLICA" -> "ENABLE REPLICA";
            case "ALWAYS" -> "ENABLE ALWAYS";
            default -> "ENABLE";
        };
        return "ALTER EVENT TRIGGER " + Sql.ident(e.key().name()) + " " + how + ";";
    }
}
