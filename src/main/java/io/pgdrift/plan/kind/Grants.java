package io.pgdrift.plan.kind;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** GRANT and REVOKE statements for the kinds that hold privileges; each passes its own {@code target}. */
final class Grants {

    private static final Set<String> PRIVILEGES = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE",
            "REFERENCES", "TRIGGER", "USAGE", "CREATE", "EXECUTE", "CONNECT", "TEMPORARY", "MAINTAIN");

    /** What a new type or domain grants before any GRANT: USAGE to PUBLIC. */
    static final List<Grant> TYPE_DEFAULT = List.of(new Grant(Grant.PUBLIC, "USAGE", false));

    private Grants() {
    }

    /** Steps that turn the {@code before} privileges on {@code object} into the {@code after} ones. */
    static void change(PlanContext plan, SchemaObject object, String target, List<Grant> before, List<Grant> after,
                       Direction direction) {
        for (String sql : statements(target, "", before, after, () -> owner(plan, object.key()))) {
            plan.step(Phase.CREATE, object.key(), sql, direction).needs(object.key())
                    .hazardIfAny(AccessControl.grant(plan, object.key(), sql));
        }
    }

    /** Column privileges: {@code GRANT UPDATE (col) ON TABLE t}; the column's key names table and column. */
    static void changeOfColumn(PlanContext plan, ObjectKey column, List<Grant> before, List<Grant> after,
                               Direction direction) {
        changeOfColumn(plan, column, column, before, after, direction);
    }

    /** As {@link #changeOfColumn(PlanContext, ObjectKey, List, List, Direction)}, the steps keyed by {@code subject}. */
    static void changeOfColumn(PlanContext plan, ObjectKey subject, ObjectKey column, List<Grant> before,
                               List<Grant> after, Direction direction) {
        for (String sql : statements("TABLE " + Names.rel(column), " (" + Names.member(column) + ")", before, after,
                () -> owner(plan, column))) {
            plan.step(Phase.CREATE, subject, sql, direction).needs(subject);
        }
    }

    /**
     * REVOKE and GRANT statements that turn the {@code from} privileges into the {@code to} ones, for lists
     * without {@link Grant#OWNER_LACKS} or {@link Grant#OWNER} entries (default privileges).
     */
    static List<String> statements(String target, List<Grant> from, List<Grant> to) {
        return statements(target, "", from, to, () -> {
            throw new IllegalStateException("a privilege the owner lacks on " + target + " has no owner to name");
        });
    }

    /**
     * The owner as a REVOKE or GRANT names it: {@code CURRENT_USER} for an object this migration creates (its
     * creator owns it until an {@code ALTER ... OWNER TO} later on, which takes the ACL along), else production's
     * owner.
     */
    private static String owner(PlanContext plan, ObjectKey key) {
        ObjectKey object = Members.relationOf(plan.from(), key);
        if (!plan.from().contains(object) || plan.decision().isCreated(object)) {
            return "CURRENT_USER";
        }
        String role = plan.from().ownerRole(object);
        if (role == null) {
            throw new PgdriftException("the production snapshot names no owner of " + object.display()
                    + ", whose owner's own privileges differ in staging; take the snapshot again with this pgdrift");
        }
        return Sql.ident(role);
    }

    private static List<String> statements(String target, String columns, List<Grant> from, List<Grant> to,
                                           Supplier<String> owner) {
        Map<String, Grant> before = byGranteePrivilege(from);
        Map<String, Grant> after = byGranteePrivilege(to);
        List<String> sql = new ArrayList<>();
        for (Map.Entry<String, Grant> e : before.entrySet()) {
            Grant old = e.getValue();
            Grant now = after.get(e.getKey());
            if (old.grantee().equals(Grant.OWNER_LACKS)) {
                if (now == null) { // the owner holds it again
                    sql.add("GRANT " + privilege(old) + columns + " ON " + target + " TO " + owner.get() + ";");
                }
            } else if (now == null) {
                sql.add("REVOKE " + privilege(old) + columns + " ON " + target + " FROM " + grantee(old, owner) + ";");
            } else if (old.grantable() && !now.grantable()) {
                sql.add("REVOKE GRANT OPTION FOR " + privilege(old) + columns + " ON " + target + " FROM "
                        + grantee(old, owner) + ";");
            }
        }
        for (Map.Entry<String, Grant> e : after.entrySet()) {
            Grant now = e.getValue();
            Grant old = before.get(e.getKey());
            if (now.grantee().equals(Grant.OWNER_LACKS)) {
                if (old == null) { // the owner gives it up
                    sql.add("REVOKE " + privilege(now) + columns + " ON " + target + " FROM " + owner.get() + ";");
                }
            } else if (old == null || (now.grantable() && !old.grantable())) {
                sql.add("GRANT " + privilege(now) + columns + " ON " + target + " TO " + grantee(now, owner)
                        + (now.grantable() ? " WITH GRANT OPTION" : "") + ";");
            }
        }
        return sql;
    }

    /** The role a grant names: the owner for {@link Grant#OWNER}. */
    private static String grantee(Grant g, Supplier<String> owner) {
        return g.grantee().equals(Grant.OWNER) ? owner.get() : Names.grantee(g.grantee());
    }

    private static Map<String, Grant> byGranteePrivilege(List<Grant> grants) {
        Map<String, Grant> map = new TreeMap<>();
        for (Grant g : grants) {
            map.merge(g.grantee() + "\u0000" + g.privilege(), g, (a, b) -> a.grantable() ? a : b);
        }
        return map;
    }

    private static String privilege(Grant g) {
        return Names.word(g.privilege(), PRIVILEGES, "privilege");
    }
}
