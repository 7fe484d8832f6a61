package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.OperatorClass;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Operator classes: PostgreSQL alters only their name, owner and schema, so any other change drops the class
 * and creates it again, with the indexes that use it. Always created into their family by name (which the
 * family's own step creates first), so that a class whose family was created implicitly reads the same after.
 */
final class OperatorClassDdl implements RedefinedKind<OperatorClass> {

    static final OperatorClassDdl INSTANCE = new OperatorClassDdl();

    @Override
    public Class<OperatorClass> type() {
        return OperatorClass.class;
    }

    @Override
    public Step create(OperatorClass c, PlanContext plan, Direction d) {
        List<String> items = new ArrayList<>();
        c.members().forEach(m -> items.add(OperatorMembers.definition(m)));
        if (c.storage() != null || items.isEmpty()) {
            // the AS list cannot be empty: a class without members of its own names its storage
            items.add("STORAGE " + (c.storage() == null ? c.inputType() : c.storage()));
        }
        Step main = plan.step(Phase.CREATE, c.key(), "CREATE OPERATOR CLASS " + Names.rel(c.key())
                + (c.isDefault() ? " DEFAULT" : "") + " FOR TYPE " + c.inputType() + " USING " + method(c)
                + " FAMILY " + Names.rel(c.family()) + " AS " + String.join(", ", items) + ";", d).needs(c.family());
        Kinds.commentOnCreate(plan, c, d);
        return main;
    }

    /** {@code OPERATOR CLASS public.c USING btree}. */
    @Override
    public String commentTarget(OperatorClass c) {
        return "OPERATOR CLASS " + Names.rel(c.key()) + " USING " + method(c);
    }

    /** A class lives in its family: created after it, dropped with it (pg_depend 'a', which the reader skips). */
    @Override
    public void dependencies(OperatorClass c, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        link.accept(c.key(), c.family());
    }

    @Override
    public ObjectKey droppedWith(OperatorClass c, SnapshotIndex from, Decision decision) {
        return decision.isDropped(c.family()) ? c.family() : null;
    }

    private static String method(OperatorClass c) {
        return Sql.ident(c.key().member());
    }
}
