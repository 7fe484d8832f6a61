package io.pgdrift.plan.kind;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Operator;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Operators: the restriction and join estimators change in place ({@code ALTER OPERATOR ... SET}); another
 * function, commutator, negator, HASHES or MERGES drops the operator and creates it again (PostgreSQL 17 can set
 * some of those, but not change or unset them). A COMMUTATOR or NEGATOR not created yet is left as a shell by
 * PostgreSQL and filled in when its own CREATE runs, so operator pairs need no order between them.
 */
final class OperatorDdl implements KindDdl<Operator> {

    static final OperatorDdl INSTANCE = new OperatorDdl();

    /** A schema-qualified operator name as the catalog query writes it: quoted schema, then operator characters. */
    private static final Pattern QUALIFIED = Pattern.compile("(\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)\\.[-+*/<>=~!@#%^&|`?]+");

    @Override
    public Class<Operator> type() {
        return Operator.class;
    }

    @Override
    public Step create(Operator o, PlanContext plan, Direction d) {
        List<String> options = new ArrayList<>();
        options.add("FUNCTION = " + o.function());
        if (!"NONE".equals(o.leftType())) {
            options.add("LEFTARG = " + o.leftType());
        }
        options.add("RIGHTARG = " + o.rightType());
        if (o.commutator() != null) {
            options.add("COMMUTATOR = OPERATOR(" + qualified(o.commutator()) + ")");
        }
        if (o.negator() != null) {
            options.add("NEGATOR = OPERATOR(" + qualified(o.negator()) + ")");
        }
        if (o.restrictFunction() != null) {
            options.add("RESTRICT = " + o.restrictFunction());
        }
        if (o.joinFunction() != null) {
            options.add("JOIN = " + o.joinFunction());
        }
        if (o.hashes()) {
            options.add("HASHES");
        }
        if (o.merges()) {
            options.add("MERGES");
        }
        Step main = plan.step(Phase.CREATE, o.key(), "CREATE OPERATOR " + name(o) + " (" + String.join(", ", options)
                + ");", d);
        Kinds.commentOnCreate(plan, o, d);
        return main;
    }

    @Override
    public Step drop(Operator o, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, o.key(), "DROP " + commentTarget(o) + ";", d);
    }

    @Override
    public Rebuild rebuild(Operator f, Operator t, int fromMajor) {
        boolean same = Objects.equals(f.function(), t.function()) && Objects.equals(f.commutator(), t.commutator())
                && Objects.equals(f.negator(), t.negator()) && f.hashes() == t.hashes() && f.merges() == t.merges();
        return same ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(Operator f, Operator t, PlanContext plan, Direction d) {
        List<String> set = new ArrayList<>();
        if (!Objects.equals(f.restrictFunction(), t.restrictFunction())) {
            set.add("RESTRICT = " + Objects.requireNonNullElse(t.restrictFunction(), "NONE"));
        }
        if (!Objects.equals(f.joinFunction(), t.joinFunction())) {
            set.add("JOIN = " + Objects.requireNonNullElse(t.joinFunction(), "NONE"));
        }
        if (!set.isEmpty()) {
            plan.alter(Phase.ALTER, t.key(), "ALTER " + commentTarget(t) + " SET (" + String.join(", ", set) + ");", d);
        }
    }

    /** {@code OPERATOR public.=== (integer, integer)}: what DROP, ALTER and COMMENT name. */
    @Override
    public String commentTarget(Operator o) {
        return "OPERATOR " + name(o) + " (" + o.key().member() + ")";
    }

    /**
     * A schema-qualified operator name from the snapshot, checked before it is written into SQL: operator names
     * cannot be quoted, so anything but operator characters after the schema is refused.
     */
    static String qualified(String name) {
        if (name == null || !QUALIFIED.matcher(name).matches()) {
            throw new PgdriftException("unexpected operator name '" + name + "' in the snapshot; take the snapshot "
                    + "with this pgdrift version");
        }
        return name;
    }

    private static String name(Operator o) {
        return qualified(Sql.ident(o.key().schema()) + "." + o.key().name());
    }
}
