package io.pgdrift.plan.kind;

import io.pgdrift.model.TextSearchParser;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;

/**
 * Text search parsers: nothing but name, schema and comment can be altered, so a changed function drops the
 * parser and creates it again (with the configurations that use it, which {@code pg_depend} records).
 */
final class TextSearchParserDdl implements RedefinedKind<TextSearchParser> {

    static final TextSearchParserDdl INSTANCE = new TextSearchParserDdl();

    @Override
    public Class<TextSearchParser> type() {
        return TextSearchParser.class;
    }

    @Override
    public Step create(TextSearchParser p, PlanContext plan, Direction d) {
        String headline = p.headlineFunction() == null ? "" : ", HEADLINE = " + p.headlineFunction();
        Step main = plan.step(Phase.CREATE, p.key(), "CREATE " + commentTarget(p) + " (START = " + p.startFunction()
                + ", GETTOKEN = " + p.tokenFunction() + ", END = " + p.endFunction() + ", LEXTYPES = "
                + p.lextypesFunction() + headline + ");", d);
        Kinds.commentOnCreate(plan, p, d);
        return main;
    }

    @Override
    public String commentTarget(TextSearchParser p) {
        return "TEXT SEARCH PARSER " + Names.rel(p.key());
    }
}
