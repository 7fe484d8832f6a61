package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;

/**
 * Changes of who may see or change what on an object production already has: grants, row-level security and
 * policies. Not a lock or a scan, but what a reviewer of access must see; objects this migration creates get
 * none (nobody had access to them before).
 */
final class AccessControl {
    private AccessControl() {
    }

    /** A GRANT or REVOKE on an existing object, or null for one this migration creates. */
    static Hazard grant(PlanContext plan, ObjectKey object, String sql) {
        if (!plan.from().contains(object) || plan.decision().isCreated(object)) {
            return null;
        }
        return new Hazard(HazardKind.ACCESS_CONTROL, (sql.startsWith("REVOKE") ? "takes privileges away on "
                : "gives privileges on ") + object.display() + ": " + sql, null);
    }

    /** Default privileges change what objects a role creates from now on are open to. */
    static Hazard defaultPrivileges(ObjectKey entry, String sql) {
        return new Hazard(HazardKind.ACCESS_CONTROL, "changes the privileges of objects created from now on ("
                + entry.display() + "): " + sql, null);
    }

    static Hazard rowSecurity(ObjectKey table, boolean enable, boolean force) {
        String what = force
                ? (enable ? "the table's owner becomes subject to the policies on " : "the table's owner stops being "
                        + "subject to the policies on ") + table.display()
                : enable ? "roles other than the owner see and change only the rows policies allow on " + table.display()
                        + " (none, until it has a policy)"
                        : "every role with a privilege sees and changes every row of " + table.display()
                                + " again, whatever its policies say";
        return new Hazard(HazardKind.ACCESS_CONTROL, what, null);
    }

    /** A policy created, changed or dropped on a table production has; null on a new table. */
    static Hazard policy(PlanContext plan, ObjectKey policy, ObjectKey table, String verb) {
        if (!plan.from().contains(table) || plan.decision().isCreated(table)) {
            return null;
        }
        return new Hazard(HazardKind.ACCESS_CONTROL, verb + " policy " + policy.member() + ": changes which rows of "
                + table.display() + " roles may see or change", null);
    }
}
