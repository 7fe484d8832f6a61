package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;

/**
 * The lock hazards every kind shares. A relation this migration creates holds no rows and has no readers:
 * statements on it get no lock hazard.
 */
final class Locks {

    private Locks() {
    }

    /** {@code what} takes an ACCESS EXCLUSIVE lock on an existing {@code relation}; null for a new one. */
    static Hazard accessExclusive(PlanContext plan, ObjectKey relation, String what) {
        if (plan.decision().isCreated(relation)) {
            return null;
        }
        return new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, what + " takes an ACCESS EXCLUSIVE lock on "
                + relation.display() + ", blocking reads and writes while it runs", null);
    }

    /** A DROP that takes an ACCESS EXCLUSIVE lock on {@code relation} (dropped or not, it is locked first). */
    static Hazard dropLock(ObjectKey relation, String consequence, String saferPath) {
        return new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "takes an ACCESS EXCLUSIVE lock on " + relation.display()
                + consequence, saferPath);
    }
}
