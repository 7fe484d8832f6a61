package io.pgdrift.plan.kind;

import io.pgdrift.model.RangeType;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Range types: PostgreSQL alters only their name, owner, schema, grants and comment, so a changed definition
 * recreates the type under its name ({@link TypeReplacement}: the columns move over through text). Created before the columns, functions and operators that use them,
 * which {@code pg_depend} records against the range, its multirange or their arrays.
 */
final class RangeTypeDdl implements KindDdl<RangeType> {

    static final RangeTypeDdl INSTANCE = new RangeTypeDdl();

    @Override
    public Class<RangeType> type() {
        return RangeType.class;
    }

    @Override
    public Step create(RangeType r, PlanContext plan, Direction d) {
        List<String> options = new ArrayList<>();
        options.add("SUBTYPE = " + r.subtype());
        options.add("SUBTYPE_OPCLASS = " + r.subtypeOpclass());
        if (r.collation() != null) {
            options.add("COLLATION = " + Names.collation(r.collation()));
        }
        if (r.canonical() != null) {
            options.add("CANONICAL = " + r.canonical());
        }
        if (r.subtypeDiff() != null) {
            options.add("SUBTYPE_DIFF = " + r.subtypeDiff());
        }
        if (r.multirange() != null) {
            options.add("MULTIRANGE_TYPE_NAME = " + Sql.qualified(r.key().schema(), r.multirange()));
        }
        Step main = plan.step(Phase.CREATE, r.key(), "CREATE TYPE " + Names.rel(r.key()) + " AS RANGE ("
                + String.join(", ", options) + ");", d);
        if (plan.decision().isTypeRecreated(r.key())) {
            for (String sql : renamesOfOldCompanions((RangeType) plan.from().get(r.key()), plan.major())) {
                main.after(plan.alter(Phase.ALTER, r.key(), sql, d).releasesNothing());
            }
        }
        Kinds.commentOnCreate(plan, r, d);
        Grants.change(plan, r, target(r), Grants.TYPE_DEFAULT, r.grants(), d);
        return main;
    }

    @Override
    public Step drop(RangeType r, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, r.key(), "DROP " + target(r) + ";", d);
    }

    /** Columns move onto the new definition through text, as they do for an enum or a domain. */
    @Override
    public Rebuild rebuild(RangeType f, RangeType t, int fromMajor) {
        boolean same = Objects.equals(f.subtype(), t.subtype()) && Objects.equals(f.subtypeOpclass(), t.subtypeOpclass())
                && Objects.equals(f.collation(), t.collation()) && Objects.equals(f.canonical(), t.canonical())
                && Objects.equals(f.subtypeDiff(), t.subtypeDiff()) && Objects.equals(f.multirange(), t.multirange());
        return same ? Rebuild.IN_PLACE : Rebuild.REPLACE_TYPE;
    }

    @Override
    public void alter(RangeType f, RangeType t, PlanContext plan, Direction d) {
        Grants.change(plan, t, target(t), f.grants(), t.grants(), d);
    }

    @Override
    public String commentTarget(RangeType r) {
        return target(r);
    }

    /**
     * Renaming a range out of the way ({@link TypeReplacement#renameOld}) leaves its constructor functions, its
     * multirange (14+) and the multirange's constructors under the names the new range creates again: they are
     * renamed after it. They run after the range's own rename (created first, in the same phase), so the
     * multirange constructors are named with the range's temporary name.
     */
    static List<String> renamesOfOldCompanions(RangeType old, int major) {
        String schema = old.key().schema();
        String name = old.key().name();
        String renamed = TypeReplacement.temporaryName(name);
        List<String> sql = new ArrayList<>();
        String constructor = "ALTER FUNCTION " + Sql.qualified(schema, name) + "(" + old.subtype() + ", "
                + old.subtype();
        sql.add(constructor + ") RENAME TO " + Sql.ident(renamed) + ";");
        sql.add(constructor + ", text) RENAME TO " + Sql.ident(renamed) + ";");
        if (major >= 14) {
            String multirange = multirangeName(old);
            String to = " RENAME TO " + Sql.ident(TypeReplacement.temporaryName(multirange)) + ";";
            String function = "ALTER FUNCTION " + Sql.qualified(schema, multirange);
            String range = Sql.qualified(schema, renamed);
            sql.add("ALTER TYPE " + Sql.qualified(schema, multirange) + to);
            sql.add(function + "()" + to);
            sql.add(function + "(" + range + ")" + to);
            sql.add(function + "(" + range + "[])" + to);
        }
        return sql;
    }

    /** The multirange's name: the one read, or the one PostgreSQL derives ("range" becomes "multirange"). */
    static String multirangeName(RangeType r) {
        if (r.multirange() != null) {
            return r.multirange();
        }
        String name = r.key().name();
        int at = name.indexOf("range");
        return at < 0 ? name + "_multirange" : name.substring(0, at) + "multi" + name.substring(at);
    }

    private static String target(RangeType r) {
        return "TYPE " + Names.rel(r.key());
    }
}
