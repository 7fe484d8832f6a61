package io.pgdrift.plan.kind;

import io.pgdrift.model.TextSearchTemplate;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;

/**
 * Text search templates: nothing but name, schema and comment can be altered, so a changed function drops the
 * template and creates it again (with the dictionaries built on it, which {@code pg_depend} records).
 */
final class TextSearchTemplateDdl implements RedefinedKind<TextSearchTemplate> {

    static final TextSearchTemplateDdl INSTANCE = new TextSearchTemplateDdl();

    @Override
    public Class<TextSearchTemplate> type() {
        return TextSearchTemplate.class;
    }

    @Override
    public Step create(TextSearchTemplate t, PlanContext plan, Direction d) {
        String init = t.initFunction() == null ? "" : "INIT = " + t.initFunction() + ", ";
        Step main = plan.step(Phase.CREATE, t.key(), "CREATE " + commentTarget(t) + " (" + init + "LEXIZE = "
                + t.lexizeFunction() + ");", d);
        Kinds.commentOnCreate(plan, t, d);
        return main;
    }

    @Override
    public String commentTarget(TextSearchTemplate t) {
        return "TEXT SEARCH TEMPLATE " + Names.rel(t.key());
    }
}
