package io.pgdrift.plan.kind;

import io.pgdrift.model.TextSearchDictionary;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Text search dictionaries: options change in place ({@code ALTER ... (name = value)}, and a bare name resets
 * one to the template's default); another template drops the dictionary and creates it again, with the
 * configurations that map to it.
 */
final class TextSearchDictionaryDdl implements KindDdl<TextSearchDictionary> {

    static final TextSearchDictionaryDdl INSTANCE = new TextSearchDictionaryDdl();

    @Override
    public Class<TextSearchDictionary> type() {
        return TextSearchDictionary.class;
    }

    @Override
    public Step create(TextSearchDictionary t, PlanContext plan, Direction d) {
        List<String> options = new ArrayList<>();
        options.add("TEMPLATE = " + t.template());
        options.addAll(t.options());
        Step main = plan.step(Phase.CREATE, t.key(), "CREATE " + commentTarget(t) + " ("
                + String.join(", ", options) + ");", d);
        Kinds.commentOnCreate(plan, t, d);
        return main;
    }

    @Override
    public Step drop(TextSearchDictionary t, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, t.key(), "DROP " + commentTarget(t) + ";", d);
    }

    @Override
    public Rebuild rebuild(TextSearchDictionary from, TextSearchDictionary to, int fromMajor) {
        return Objects.equals(from.template(), to.template()) ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(TextSearchDictionary f, TextSearchDictionary t, PlanContext plan, Direction d) {
        Set<String> kept = t.options().stream().map(TextSearchDictionaryDdl::name).collect(Collectors.toSet());
        List<String> changes = new ArrayList<>();
        t.options().stream().filter(o -> !f.options().contains(o)).forEach(changes::add);
        f.options().stream().map(TextSearchDictionaryDdl::name).filter(n -> !kept.contains(n)).forEach(changes::add);
        if (!changes.isEmpty()) {
            plan.alter(Phase.ALTER, t.key(), "ALTER " + commentTarget(t) + " (" + String.join(", ", changes) + ");",
                    d);
        }
    }

    @Override
    public String commentTarget(TextSearchDictionary t) {
        return "TEXT SEARCH DICTIONARY " + Names.rel(t.key());
    }

    /** The option's name: what the server wrote before {@code " = "} (a quoted name holds no such sequence). */
    private static String name(String option) {
        int eq = option.indexOf(" = ");
        return eq < 0 ? option : option.substring(0, eq);
    }
}
