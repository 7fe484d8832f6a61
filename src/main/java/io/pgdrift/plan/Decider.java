package io.pgdrift.plan;

import io.pgdrift.diff.Change;
import io.pgdrift.model.Column;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.DomainType;
import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Table;
import io.pgdrift.plan.kind.Decision;
import io.pgdrift.plan.kind.Kinds;
import io.pgdrift.plan.kind.Members;
import io.pgdrift.plan.kind.PartitionConstraints;
import io.pgdrift.plan.kind.PartitionIndexes;
import io.pgdrift.plan.kind.SnapshotIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a migration must do beyond the changes themselves: which objects are dropped, created, or dropped and
 * created again (an altered view, and every view over a retyped column even when it did not change), which
 * enums and domains are recreated under their name, which columns follow them, and which defaults must be
 * taken off and put back around what they use. Found by following FROM's dependents from every break.
 */
final class Decider {

    /** Why an object's dependents must be looked at. */
    private enum Break {
        /** the object is dropped (possibly to be recreated): every dependent goes */
        DROP,
        /** a column changes type: views, policies, triggers, generated columns and routines over it go */
        RETYPE,
        /** a column changes to a recreated type: every dependent that can mention the type goes */
        RETYPE_FULL,
        /** an enum or domain is recreated under the same name */
        RECREATE_TYPE
    }

    private record Work(ObjectKey key, Break reason, Direction direction) {
    }

    private static final Set<ObjectKind> RETYPE_BREAKS = EnumSet.of(ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
            ObjectKind.POLICY, ObjectKind.TRIGGER, ObjectKind.FUNCTION, ObjectKind.RULE);

    private final SnapshotIndex from;
    private final SnapshotIndex to;
    private final List<Change> changes;
    private final Deque<Work> work = new ArrayDeque<>();

    // working state of one decision; only the immutable Decision leaves this class
    private final SortedMap<ObjectKey, Direction> dropped = new TreeMap<>();
    private final SortedMap<ObjectKey, Direction> created = new TreeMap<>();
    private final SortedMap<ObjectKey, Direction> retypedByType = new TreeMap<>();
    private final SortedMap<ObjectKey, Direction> typeRecreations = new TreeMap<>();
    private final SortedMap<ObjectKey, Direction> defaultResets = new TreeMap<>();
    private final SortedMap<ObjectKey, Direction> domainResets = new TreeMap<>();
    private final SortedSet<ObjectKey> becomingLocal = new TreeSet<>();

    private Decider(SnapshotIndex from, SnapshotIndex to, List<Change> changes) {
        this.from = from;
        this.to = to;
        this.changes = changes;
    }

    /** What the migration from {@code from} to {@code to} for {@code changes} drops, creates and resets. */
    static Decision decide(SnapshotIndex from, SnapshotIndex to, List<Change> changes) {
        Decider decider = new Decider(from, to, changes);
        decider.seed();
        decider.closeOverDependents();
        decider.keepWhatIsAttached();
        return new Decision(decider.dropped, decider.created, decider.retypedByType, decider.typeRecreations,
                decider.defaultResets, decider.domainResets, decider.becomingLocal);
    }

    // ---- decisions ----------------------------------------------------------------------------------

    private void seed() {
        for (Change change : changes) {
            if (change instanceof Change.Added a) {
                seedAdded(a.object());
            } else if (change instanceof Change.Removed r) {
                seedRemoved(r.object());
            } else {
                Change.Altered a = (Change.Altered) change;
                seedAltered(a.from(), a.to());
            }
        }
    }

    private void seedAdded(SchemaObject object) {
        if (object.kind() == ObjectKind.COLUMN && becomesLocal((Column) object)) {
            becomingLocal.add(object.key());
            return;
        }
        created.put(object.key(), Direction.STAGING_AHEAD);
    }

    private void seedRemoved(SchemaObject object) {
        if (object.kind() == ObjectKind.COLUMN && becomesInherited((Column) object)) {
            return;
        }
        drop(object.key(), Direction.PRODUCTION_AHEAD);
    }

    private void seedAltered(SchemaObject f, SchemaObject t) {
        ObjectKey key = t.key();
        switch (Kinds.of(key.kind()).rebuildOf(f, t, from.major())) {
            case IN_PLACE -> {
            }
            case DROP_AND_CREATE -> {
                drop(key, Direction.STAGING_AHEAD);
                created.put(key, Direction.STAGING_AHEAD);
            }
            case REPLACE_TYPE -> recreateType(key, Direction.STAGING_AHEAD);
            case RETYPE -> {
                work.add(new Work(key, Break.RETYPE, Direction.STAGING_AHEAD));
                if (((Column) f).defaultExpr() != null) {
                    defaultResets.put(key, Direction.STAGING_AHEAD);
                }
            }
        }
    }

    /**
     * A partition's own index or key that a new index or key of its parent takes over is attached: neither
     * dropped nor built.
     */
    private void keepWhatIsAttached() {
        dropped.entrySet().removeIf(e -> e.getValue() == Direction.PRODUCTION_AHEAD && !created.containsKey(e.getKey())
                && from.dependents(e.getKey()).isEmpty()
                && (from.get(e.getKey()) instanceof Index index
                        && PartitionIndexes.takenOver(index, from, to, created::containsKey)
                    || from.get(e.getKey()) instanceof Constraint key
                        && PartitionConstraints.takenOver(key, from, to, created::containsKey)));
    }

    private void drop(ObjectKey key, Direction direction) {
        if (dropped.putIfAbsent(key, direction) == null) {
            work.add(new Work(key, Break.DROP, direction));
        }
    }

    private void rebuild(ObjectKey key, Direction direction) {
        if (to.contains(key)) {
            created.putIfAbsent(key, direction);
        }
        drop(key, direction);
    }

    private void recreateType(ObjectKey key, Direction direction) {
        if (typeRecreations.putIfAbsent(key, direction) == null) {
            work.add(new Work(key, Break.RECREATE_TYPE, direction));
        }
    }

    /** A column listed only in TO because its table left the parent it inherited the column from. */
    private boolean becomesLocal(Column c) {
        return inheritedFrom(from, c) != null && inheritedFrom(to, c) == null
                && from.contains(ObjectKey.of(ObjectKind.TABLE, c.key().schema(), c.key().name()));
    }

    /** A column listed only in FROM because in TO the table inherits it from a (new) parent. */
    private boolean becomesInherited(Column c) {
        return inheritedFrom(to, c) != null && to.contains(ObjectKey.of(ObjectKind.TABLE, c.key().schema(), c.key().name()));
    }

    /** The parent's column of the same name, when the table has a parent (partition or inheritance) holding one. */
    static Column inheritedFrom(SnapshotIndex side, Column c) {
        SchemaObject owner = side.get(ObjectKey.of(ObjectKind.TABLE, c.key().schema(), c.key().name()));
        if (owner == null) {
            return null;
        }
        Table table = (Table) owner;
        List<ObjectKey> parents = new ArrayList<>(table.inherits());
        if (table.partitionOf() != null) {
            parents.add(table.partitionOf());
        }
        for (ObjectKey parent : parents) {
            SchemaObject column = side.get(ObjectKey.member(ObjectKind.COLUMN, parent.schema(), parent.name(), c.key().member()));
            if (column != null) {
                return (Column) column;
            }
            Column grand = inheritedFrom(side, new Column(ObjectKey.member(ObjectKind.COLUMN, parent.schema(), parent.name(),
                    c.key().member()), 0, c.type(), false, null, null, null, null, null, null, null, null, null, null, List.of(), null,
                    null));
            if (grand != null) {
                return grand;
            }
        }
        return null;
    }

    /** Follows FROM's dependents of everything dropped or changed in a breaking way. */
    private void closeOverDependents() {
        while (!work.isEmpty()) {
            Work w = work.poll();
            List<ObjectKey> dependents = new ArrayList<>(from.dependents(w.key()));
            if ((w.reason() == Break.RETYPE || w.reason() == Break.RETYPE_FULL)
                    && !from.columnLevelViewDependencies()) {
                ObjectKey owner = from.owner(w.key());
                if (owner != null) {
                    for (ObjectKey d : from.dependents(owner)) {
                        if (d.kind() == ObjectKind.VIEW || d.kind() == ObjectKind.MATERIALIZED_VIEW) {
                            dependents.add(d);
                        }
                    }
                }
            }
            if (w.reason() == Break.RECREATE_TYPE) {
                addColumnsOfType(w.key(), dependents);
            }
            for (ObjectKey d : dependents) {
                if (!dropped.containsKey(d)) {
                    follow(w, d);
                }
            }
        }
    }

    /** Columns whose type text names the type, for catalogs that do not link columns to their types. */
    private void addColumnsOfType(ObjectKey type, List<ObjectKey> dependents) {
        Set<ObjectKey> seen = new HashSet<>(dependents);
        for (SchemaObject object : from.objects()) {
            if (object.kind() == ObjectKind.COLUMN && type.equals(from.typeKey(((Column) object).type()))
                    && seen.add(object.key())) {
                dependents.add(object.key());
            }
        }
    }

    private void follow(Work w, ObjectKey d) {
        SchemaObject dependent = from.get(d);
        if (dependent == null) {
            return;
        }
        ObjectKey k = w.key();
        boolean memberOfBroken = Members.KINDS.contains(d.kind()) && !k.kind().equals(ObjectKind.COLUMN)
                && d.schema().equals(k.schema()) && d.name().equals(k.name()) && k.member().isEmpty();
        if (memberOfBroken) {
            if (w.reason() == Break.DROP) {
                rebuild(d, w.direction());
            }
            return;
        }
        switch (d.kind()) {
            case COLUMN -> followColumn(w, (Column) dependent);
            case SEQUENCE, SCHEMA, EXTENSION -> {
            }
            case TABLE -> {
                if (w.reason() == Break.DROP && k.equals(((Table) dependent).partitionOf())) {
                    rebuild(d, w.direction());
                }
            }
            case DOMAIN -> {
                if (w.reason() == Break.RECREATE_TYPE && k.equals(from.typeKey(((DomainType) dependent).baseType()))) {
                    recreateType(d, w.direction());
                } else if (w.reason() == Break.DROP || w.reason() == Break.RECREATE_TYPE) {
                    domainResets.putIfAbsent(d, w.direction());
                }
            }
            case ENUM -> {
            }
            case PUBLICATION -> {
                // a table dropped for good leaves the publication by itself (the publication's own ALTER drops it
                // first); one dropped and created again must be added back, so the publication is built again
                if (w.reason() != Break.DROP || to.contains(k)) {
                    rebuild(d, w.direction());
                }
            }
            default -> {
                if (w.reason() == Break.RETYPE && !RETYPE_BREAKS.contains(d.kind())) {
                    return;
                }
                rebuild(d, w.direction());
            }
        }
    }

    private void followColumn(Work w, Column column) {
        ObjectKey d = column.key();
        if (column.generated() != null) {
            rebuild(d, w.direction());
            return;
        }
        if (w.reason() == Break.RECREATE_TYPE && w.key().equals(from.typeKey(column.type()))) {
            if (retypedByType.putIfAbsent(d, w.direction()) == null) {
                if (column.defaultExpr() != null) {
                    defaultResets.putIfAbsent(d, w.direction());
                }
                work.add(new Work(d, Break.RETYPE_FULL, w.direction()));
            }
            return;
        }
        if ((w.reason() == Break.DROP || w.reason() == Break.RECREATE_TYPE) && column.defaultExpr() != null
                && w.key().kind() != ObjectKind.COLUMN) {
            defaultResets.putIfAbsent(d, w.direction());
        }
    }

}
