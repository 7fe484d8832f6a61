package io.pgdrift.plan.kind;

import io.pgdrift.model.Collation;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collations: PostgreSQL alters only a collation's name, owner and version, so any other change drops it and
 * creates it again (and with it what uses it, which {@code pg_depend} records). Created early, as columns,
 * indexes and domains name them.
 */
final class CollationDdl implements KindDdl<Collation> {

    static final CollationDdl INSTANCE = new CollationDdl();

    private static final Set<String> PROVIDERS = Set.of("libc", "icu", "builtin");

    @Override
    public Class<Collation> type() {
        return Collation.class;
    }

    @Override
    public Step create(Collation c, PlanContext plan, Direction d) {
        List<String> options = new ArrayList<>();
        options.add("PROVIDER = " + Names.word(c.provider(), PROVIDERS, "collation provider"));
        if (c.locale() != null) {
            options.add("LOCALE = " + Sql.literal(c.locale()));
        }
        if (c.lcCollate() != null) {
            options.add("LC_COLLATE = " + Sql.literal(c.lcCollate()));
        }
        if (c.lcCtype() != null) {
            options.add("LC_CTYPE = " + Sql.literal(c.lcCtype()));
        }
        if (!c.deterministic()) {
            options.add("DETERMINISTIC = false");
        }
        if (c.rules() != null) {
            options.add("RULES = " + Sql.literal(c.rules()));
        }
        Step main = plan.step(Phase.CREATE, c.key(), "CREATE COLLATION " + Names.rel(c.key()) + " ("
                + String.join(", ", options) + ");", d);
        Kinds.commentOnCreate(plan, c, d);
        return main;
    }

    @Override
    public Step drop(Collation c, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, c.key(), "DROP COLLATION " + Names.rel(c.key()) + ";", d);
    }

    @Override
    public Rebuild rebuild(Collation from, Collation to, int fromMajor) {
        return Redefined.unlessOnlyComment(from, to);
    }

    @Override
    public void alter(Collation from, Collation to, PlanContext plan, Direction d) {
        // nothing but the comment changes in place (see rebuild)
    }

    @Override
    public String commentTarget(Collation c) {
        return "COLLATION " + Names.rel(c.key());
    }
}
