package io.pgdrift.plan.kind;

import io.pgdrift.model.Grant;
import io.pgdrift.model.Language;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;
import java.util.Objects;

/**
 * Procedural languages: a new handler, inline handler, validator or trust level replaces the language in place
 * ({@code CREATE OR REPLACE LANGUAGE} keeps its owner, privileges and functions). Functions written in it are
 * created after it, as {@code pg_depend} records.
 */
final class LanguageDdl implements KindDdl<Language> {

    static final LanguageDdl INSTANCE = new LanguageDdl();

    /** Privileges a new language has before any GRANT: USAGE to PUBLIC. */
    private static final List<Grant> IMPLICIT = List.of(new Grant(Grant.PUBLIC, "USAGE", false));

    @Override
    public Class<Language> type() {
        return Language.class;
    }

    @Override
    public Step create(Language l, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, l.key(), definition("CREATE ", l), d);
        Grants.change(plan, l, commentTarget(l), IMPLICIT, l.grants(), d);
        Kinds.commentOnCreate(plan, l, d);
        return main;
    }

    @Override
    public Step drop(Language l, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, l.key(), "DROP " + commentTarget(l) + ";", d);
    }

    @Override
    public void alter(Language f, Language t, PlanContext plan, Direction d) {
        if (f.trusted() != t.trusted() || !Objects.equals(f.handler(), t.handler())
                || !Objects.equals(f.inline(), t.inline()) || !Objects.equals(f.validator(), t.validator())) {
            plan.alter(Phase.ALTER, t.key(), definition("CREATE OR REPLACE ", t), d);
        }
        Grants.change(plan, t, commentTarget(t), f.grants(), t.grants(), d);
    }

    @Override
    public String commentTarget(Language l) {
        return target(l);
    }

    private static String target(Language l) {
        return "LANGUAGE " + Sql.ident(l.key().name());
    }

    /** The handler names are {@code regproc} output: SQL already, quoted where they need it. */
    private static String definition(String create, Language l) {
        return create + (l.trusted() ? "TRUSTED " : "") + target(l) + " HANDLER " + l.handler()
                + (l.inline() == null ? "" : " INLINE " + l.inline())
                + (l.validator() == null ? "" : " VALIDATOR " + l.validator()) + ";";
    }
}
