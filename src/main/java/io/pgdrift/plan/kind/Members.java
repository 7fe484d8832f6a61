package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import java.util.EnumSet;
import java.util.Set;

/** Objects that belong to a relation (or a domain): keyed by the owner's schema and name plus their own name. */
public final class Members {

    /** The kinds that are members of a table, view, materialized view or domain (a rule: of a table or view). */
    public static final Set<ObjectKind> KINDS = EnumSet.of(ObjectKind.COLUMN, ObjectKind.CONSTRAINT,
            ObjectKind.INDEX, ObjectKind.TRIGGER, ObjectKind.POLICY, ObjectKind.RULE);

    private Members() {
    }

    /** The relation (table, view, matview) of a member, or the object itself. */
    public static ObjectKey relationOf(SnapshotIndex side, ObjectKey key) {
        if (KINDS.contains(key.kind())) {
            ObjectKey owner = side.owner(key);
            return owner == null ? ObjectKey.of(ObjectKind.TABLE, key.schema(), key.name()) : owner;
        }
        return key;
    }

    /** For a member whose owner is dropped, the owner (its DROP takes the member along); else null. */
    static ObjectKey droppedOwner(ObjectKey key, SnapshotIndex from, Decision decision) {
        if (KINDS.contains(key.kind())) {
            ObjectKey owner = from.owner(key);
            if (owner != null && decision.isDropped(owner)) {
                return owner;
            }
        }
        return null;
    }
}
