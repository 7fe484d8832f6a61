package io.pgdrift.plan.kind;

import io.pgdrift.model.Conversion;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;

/**
 * Encoding conversions: PostgreSQL alters only their name, owner and schema, so any other change drops the
 * conversion and creates it again; created after their function, which {@code pg_depend} records.
 */
final class ConversionDdl implements RedefinedKind<Conversion> {

    static final ConversionDdl INSTANCE = new ConversionDdl();

    @Override
    public Class<Conversion> type() {
        return Conversion.class;
    }

    @Override
    public Step create(Conversion c, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, c.key(), "CREATE " + (c.isDefault() ? "DEFAULT " : "") + commentTarget(c)
                + " FOR " + Sql.literal(c.sourceEncoding()) + " TO " + Sql.literal(c.destinationEncoding())
                + " FROM " + c.function() + ";", d);
        Kinds.commentOnCreate(plan, c, d);
        return main;
    }

    @Override
    public String commentTarget(Conversion c) {
        return "CONVERSION " + Names.rel(c.key());
    }
}
