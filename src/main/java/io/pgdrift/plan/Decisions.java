package io.pgdrift.plan;

import io.pgdrift.diff.Change;
import io.pgdrift.model.Column;
import io.pgdrift.model.CompositeType;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.DomainType;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.EventTrigger;
import io.pgdrift.model.Function;
import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Policy;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Table;
import io.pgdrift.model.Trigger;
import io.pgdrift.model.View;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a migration must do beyond the changes themselves: which objects are dropped, created, or dropped and
 * created again (an altered view, and every view over a retyped column even when it did not change), which
 * enums and domains are recreated under their name, which columns follow them, and which defaults must be
 * taken off and put back around what they use. Found by following FROM's dependents from every break.
 */
final class Decisions {

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

    static final Set<ObjectKind> MEMBER_KINDS = EnumSet.of(ObjectKind.COLUMN, ObjectKind.CONSTRAINT,
            ObjectKind.INDEX, ObjectKind.TRIGGER, ObjectKind.POLICY);
    private static final Set<ObjectKind> RETYPE_BREAKS = EnumSet.of(ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
            ObjectKind.POLICY, ObjectKind.TRIGGER, ObjectKind.FUNCTION);

    private final SnapshotIndex from;
    private final SnapshotIndex to;
    private final List<Change> changes;
    private final Deque<Work> work = new ArrayDeque<>();

    final Map<ObjectKey, Direction> dropped = new TreeMap<>();
    final Map<ObjectKey, Direction> created = new TreeMap<>();
    final Map<ObjectKey, Direction> retypedByType = new TreeMap<>();
    final Map<ObjectKey, Direction> typeRecreations = new TreeMap<>();
    final Map<ObjectKey, Direction> defaultResets = new TreeMap<>();
    final Map<ObjectKey, Direction> domainResets = new TreeMap<>();
    final Set<ObjectKey> inheritedColumnsBecomingLocal = new HashSet<>();

    Decisions(SnapshotIndex from, SnapshotIndex to, List<Change> changes) {
        this.from = from;
        this.to = to;
        this.changes = changes;
    }

    void decide() {
        seed();
        closeOverDependents();
    }

    // ---- decisions ----------------------------------------------------------------------------------

    private void seed() {
        for (Change change : changes) {
            if (change instanceof Change.Added a) {
                seedAdded(a.object());
            } else if (change instanceof Change.Removed r) {
                seedRemoved(r.object());
            } else if (change instanceof Change.Altered a) {
                seedAltered(a.from(), a.to());
            }
        }
    }

    private void seedAdded(SchemaObject object) {
        if (object instanceof Column c && becomesLocal(c)) {
            inheritedColumnsBecomingLocal.add(c.key());
            return;
        }
        created.put(object.key(), Direction.STAGING_AHEAD);
    }

    private void seedRemoved(SchemaObject object) {
        if (object instanceof Column c && becomesInherited(c)) {
            return;
        }
        drop(object.key(), Direction.PRODUCTION_AHEAD);
    }

    private void seedAltered(SchemaObject f, SchemaObject t) {
        ObjectKey key = t.key();
        if (mustRecreate(f, t)) {
            drop(key, Direction.STAGING_AHEAD);
            created.put(key, Direction.STAGING_AHEAD);
        } else if (f instanceof Column fc && t instanceof Column tc
                && (!fc.type().equals(tc.type()) || !Objects.equals(fc.collation(), tc.collation()))) {
            work.add(new Work(key, Break.RETYPE, Direction.STAGING_AHEAD));
            if (fc.defaultExpr() != null) {
                defaultResets.put(key, Direction.STAGING_AHEAD);
            }
        } else if (f instanceof EnumType fe && t instanceof EnumType te && !isPureAddition(fe.labels(), te.labels())) {
            recreateType(key, Direction.STAGING_AHEAD);
        } else if (f instanceof DomainType fd && t instanceof DomainType td
                && (!fd.baseType().equals(td.baseType()) || !Objects.equals(fd.collation(), td.collation()))) {
            recreateType(key, Direction.STAGING_AHEAD);
        }
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

    /** Altered in a way no ALTER statement covers: dropped and created again. */
    private boolean mustRecreate(SchemaObject f, SchemaObject t) {
        if (f instanceof Table ft && t instanceof Table tt) {
            return !Objects.equals(ft.partitionKey(), tt.partitionKey());
        }
        if (f instanceof View fv && t instanceof View tv) {
            return !fv.definition().equals(tv.definition());
        }
        if (f instanceof Function ff && t instanceof Function tf) {
            return ff.procedure() != tf.procedure() || !Objects.equals(ff.result(), tf.result())
                    || !Objects.equals(ff.arguments(), tf.arguments());
        }
        if (f instanceof Index fi && t instanceof Index ti) {
            return !fi.definition().equals(ti.definition());
        }
        if (f instanceof Constraint fc && t instanceof Constraint tc) {
            return !fc.definition().equals(tc.definition()) || !fc.type().equals(tc.type())
                    || (fc.validated() && !tc.validated());
        }
        if (f instanceof Trigger ft && t instanceof Trigger tt) {
            return !ft.definition().equals(tt.definition());
        }
        if (f instanceof Policy fp && t instanceof Policy tp) {
            return !fp.command().equals(tp.command()) || fp.permissive() != tp.permissive()
                    || (fp.using() != null && tp.using() == null) || (fp.withCheck() != null && tp.withCheck() == null);
        }
        if (f instanceof EventTrigger fe && t instanceof EventTrigger te) {
            return !fe.event().equals(te.event()) || !fe.function().equals(te.function()) || !fe.tags().equals(te.tags());
        }
        if (f instanceof Column fc && t instanceof Column tc) {
            if (Objects.equals(fc.generated(), tc.generated())) {
                return false;
            }
            if (tc.generated() == null) {
                return false; // DROP EXPRESSION keeps the values
            }
            return fc.generated() == null || from.major() < 17;
        }
        if (f instanceof CompositeType fc && t instanceof CompositeType tc) {
            return !compositeAlterable(fc, tc);
        }
        return false;
    }

    /** TO's labels are FROM's in the same order with new ones inserted anywhere. */
    static boolean isPureAddition(List<String> from, List<String> to) {
        int i = 0;
        for (String label : to) {
            if (i < from.size() && from.get(i).equals(label)) {
                i++;
            } else if (from.contains(label)) {
                return false;
            }
        }
        return i == from.size();
    }

    /** Common attributes keep their order and new ones come after them all: ALTER TYPE can do it. */
    private static boolean compositeAlterable(CompositeType f, CompositeType t) {
        Set<String> fromNames = new HashSet<>();
        f.attributes().forEach(a -> fromNames.add(a.name()));
        List<String> common = new ArrayList<>();
        boolean addedSeen = false;
        for (CompositeType.Attribute a : t.attributes()) {
            if (fromNames.contains(a.name())) {
                if (addedSeen) {
                    return false;
                }
                common.add(a.name());
            } else {
                addedSeen = true;
            }
        }
        List<String> fromCommon = f.attributes().stream().map(CompositeType.Attribute::name).filter(common::contains).toList();
        return fromCommon.equals(common);
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
        if (!(owner instanceof Table table)) {
            return null;
        }
        List<ObjectKey> parents = new ArrayList<>(table.inherits());
        if (table.partitionOf() != null) {
            parents.add(table.partitionOf());
        }
        for (ObjectKey parent : parents) {
            SchemaObject column = side.get(ObjectKey.member(ObjectKind.COLUMN, parent.schema(), parent.name(), c.key().member()));
            if (column instanceof Column pc) {
                return pc;
            }
            Column grand = inheritedFrom(side, new Column(ObjectKey.member(ObjectKind.COLUMN, parent.schema(), parent.name(),
                    c.key().member()), 0, c.type(), false, null, null, null, null, null, null, null));
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
        for (SchemaObject object : from.snapshot.objects()) {
            if (object instanceof Column c && type.equals(from.typeKey(c.type())) && seen.add(c.key())) {
                dependents.add(c.key());
            }
        }
    }

    private void follow(Work w, ObjectKey d) {
        SchemaObject dependent = from.get(d);
        if (dependent == null) {
            return;
        }
        ObjectKey k = w.key();
        boolean memberOfBroken = MEMBER_KINDS.contains(d.kind()) && !k.kind().equals(ObjectKind.COLUMN)
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
