package io.pgdrift.plan;

import io.pgdrift.diff.Change;
import io.pgdrift.model.Column;
import io.pgdrift.model.CompositeType;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.DomainType;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.EventTrigger;
import io.pgdrift.model.Extension;
import io.pgdrift.model.Function;
import io.pgdrift.model.Grant;
import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Policy;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.Table;
import io.pgdrift.model.Trigger;
import io.pgdrift.model.View;
import io.pgdrift.plan.Step.Phase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the statements of one migration: decides what is dropped, created, recreated and altered (including
 * dependents that must be dropped and recreated around a change they do not show themselves), writes the
 * statements with their hazards, and puts them in dependency order.
 */
final class MigrationBuilder {

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

    private static final Set<ObjectKind> MEMBER_KINDS = EnumSet.of(ObjectKind.COLUMN, ObjectKind.CONSTRAINT,
            ObjectKind.INDEX, ObjectKind.TRIGGER, ObjectKind.POLICY);
    private static final Set<ObjectKind> RETYPE_BREAKS = EnumSet.of(ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
            ObjectKind.POLICY, ObjectKind.TRIGGER, ObjectKind.FUNCTION);
    private static final Set<ObjectKind> TYPE_KINDS = EnumSet.of(ObjectKind.ENUM, ObjectKind.DOMAIN,
            ObjectKind.COMPOSITE_TYPE, ObjectKind.EXTENSION, ObjectKind.TABLE);

    private final SnapshotIndex from;
    private final SnapshotIndex to;
    private final List<Change> changes;
    private final Map<ObjectKey, Change> changeByKey = new HashMap<>();
    private final List<Step> steps = new ArrayList<>();

    private final Map<ObjectKey, Direction> dropped = new TreeMap<>();
    private final Map<ObjectKey, Direction> created = new TreeMap<>();
    private final Map<ObjectKey, Direction> retypedByType = new TreeMap<>();
    private final Map<ObjectKey, Direction> typeRecreations = new TreeMap<>();
    private final Map<ObjectKey, Direction> defaultResets = new TreeMap<>();
    private final Map<ObjectKey, Direction> domainResets = new TreeMap<>();
    private final Set<ObjectKey> inheritedColumnsBecomingLocal = new HashSet<>();
    private final Deque<Work> work = new ArrayDeque<>();

    private final Map<ObjectKey, Step> dropStep = new HashMap<>();
    private final Map<ObjectKey, Step> createStep = new HashMap<>();
    private final Map<ObjectKey, List<Step>> recreatedTypeSteps = new HashMap<>();
    private int brokenCycles;
    private Map<String, ObjectKey> newTablesBySignature;
    private Map<ObjectKey, Sequence> fromSequencesByOwner;
    private Map<ObjectKey, Sequence> toSequencesByOwner;

    MigrationBuilder(SnapshotIndex from, SnapshotIndex to, List<Change> changes) {
        this.from = from;
        this.to = to;
        this.changes = changes;
        for (Change change : changes) {
            changeByKey.put(change.key(), change);
        }
    }

    int brokenCycles() {
        return brokenCycles;
    }

    List<Statement> build() {
        seed();
        closeOverDependents();
        emitDrops();
        emitCreates();
        emitAlters();
        emitTypeRecreations();
        emitDefaultResets();
        return order();
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
    private static Column inheritedFrom(SnapshotIndex side, Column c) {
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

    // ---- steps --------------------------------------------------------------------------------------

    private Step step(Phase phase, ObjectKey subject, String sql, Direction direction) {
        Step step = new Step(steps.size(), phase, subject, sql, direction);
        steps.add(step);
        return step;
    }

    /** An in-place change of {@code subject}: after what it needs, before what it stops referencing is dropped. */
    private Step alter(Phase phase, ObjectKey subject, String sql, Direction direction) {
        Step step = step(phase, subject, sql, direction);
        step.alters.add(subject);
        step.releases.add(subject);
        return step;
    }

    /** The relation (table, view, matview) of a member, or the object itself. */
    private static ObjectKey relationOf(SnapshotIndex side, ObjectKey key) {
        if (MEMBER_KINDS.contains(key.kind())) {
            ObjectKey owner = side.owner(key);
            return owner == null ? ObjectKey.of(ObjectKind.TABLE, key.schema(), key.name()) : owner;
        }
        return key;
    }

    /** True when the relation is created by this migration: statements on it lock or scan nothing that matters. */
    private boolean isNew(ObjectKey relation) {
        return created.containsKey(relation);
    }

    private void lock(Step step, ObjectKey relation, String what) {
        if (!isNew(relation)) {
            step.hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, what + " takes an ACCESS EXCLUSIVE lock on "
                    + relation.display() + ", blocking reads and writes while it runs");
        }
    }

    // ---- drops --------------------------------------------------------------------------------------

    private void emitDrops() {
        Map<ObjectKey, ObjectKey> absorbedBy = new LinkedHashMap<>();
        Map<ObjectKey, Sequence> owned = from.sequencesByOwner();
        Map<ObjectKey, ObjectKey> sequenceOwner = new HashMap<>();
        owned.forEach((column, sequence) -> sequenceOwner.put(sequence.key(), column));
        for (ObjectKey key : dropped.keySet()) {
            ObjectKey absorber = absorber(key, sequenceOwner);
            if (absorber != null) {
                absorbedBy.put(key, absorber);
            } else {
                dropStep.put(key, dropStatement(from.get(key), dropped.get(key)));
            }
        }
        for (Map.Entry<ObjectKey, ObjectKey> e : absorbedBy.entrySet()) {
            ObjectKey root = e.getValue();
            while (absorbedBy.containsKey(root)) {
                root = absorbedBy.get(root);
            }
            Step step = dropStep.get(root);
            if (step != null) {
                step.drops.add(e.getKey());
                dropStep.put(e.getKey(), step);
            }
        }
    }

    /** The dropped object whose DROP takes this one along, or null. */
    private ObjectKey absorber(ObjectKey key, Map<ObjectKey, ObjectKey> sequenceOwner) {
        if (from.get(key) instanceof Constraint c && c.references() != null && dropped.containsKey(c.references())
                && !c.references().equals(from.owner(key))) {
            return null; // dropped on its own first, so that tables referencing each other can go in any order
        }
        if (MEMBER_KINDS.contains(key.kind())) {
            ObjectKey owner = from.owner(key);
            if (owner != null && dropped.containsKey(owner)) {
                return owner;
            }
        }
        SchemaObject object = from.get(key);
        if (object instanceof Table t && t.partitionOf() != null && dropped.containsKey(t.partitionOf())) {
            return t.partitionOf();
        }
        if (object instanceof Sequence) {
            ObjectKey column = sequenceOwner.get(key);
            if (column != null) {
                if (dropped.containsKey(column)) {
                    return column;
                }
                ObjectKey table = from.owner(column);
                if (table != null && dropped.containsKey(table)) {
                    return table;
                }
            }
        }
        return null;
    }

    private Step dropStatement(SchemaObject object, Direction direction) {
        ObjectKey k = object.key();
        Step step = step(Phase.DROP, k, Ddl.drop(object), direction);
        step.drops.add(k);
        switch (k.kind()) {
            case TABLE -> {
                step.hazard(HazardKind.DATA_LOSS, "drops table " + k.display() + " and every row in it", renameHint(k));
                step.hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "takes an ACCESS EXCLUSIVE lock on " + k.display());
            }
            case COLUMN -> {
                step.hazard(HazardKind.DATA_LOSS, "drops column " + k.member() + " of " + k.qualifiedRelation()
                        + " and its data", null);
                lock(step, relationOf(from, k), "dropping the column");
            }
            case SEQUENCE -> step.hazard(HazardKind.DATA_LOSS, "drops sequence " + k.display()
                    + " and its current value", null);
            case MATERIALIZED_VIEW -> step.hazard(HazardKind.DATA_LOSS, "drops materialized view " + k.display()
                    + " and its stored rows (recreating it runs its query again)", null);
            case EXTENSION -> step.hazard(HazardKind.DATA_LOSS, "drops extension " + k.display()
                    + " and every object it created", null);
            case INDEX -> step.hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "takes an ACCESS EXCLUSIVE lock on "
                    + relationOf(from, k).display(), "DROP INDEX CONCURRENTLY (outside a transaction)");
            case CONSTRAINT, TRIGGER, POLICY -> lock(step, relationOf(from, k), "dropping it");
            case VIEW -> step.hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "takes an ACCESS EXCLUSIVE lock on "
                    + k.display() + "; queries on it fail until it is recreated");
            default -> {
            }
        }
        return step;
    }

    /** For a dropped table, a table created by the same migration with the same columns: probably a rename. */
    private String renameHint(ObjectKey table) {
        if (newTablesBySignature == null) {
            newTablesBySignature = new HashMap<>();
            for (ObjectKey candidate : created.keySet()) {
                if (candidate.kind() == ObjectKind.TABLE && !from.contains(candidate)) {
                    newTablesBySignature.putIfAbsent(columnSignature(to, candidate), candidate);
                }
            }
        }
        String signature = columnSignature(from, table);
        ObjectKey candidate = signature.isEmpty() ? null : newTablesBySignature.get(signature);
        if (candidate == null) {
            return null;
        }
        return "if " + candidate.display() + " is this table renamed, use ALTER TABLE " + Ddl.rel(table)
                + " RENAME TO " + Sql.ident(candidate.name()) + " instead to keep the rows";
    }

    private static String columnSignature(SnapshotIndex side, ObjectKey table) {
        StringBuilder sb = new StringBuilder();
        for (Column c : side.columns(table)) {
            sb.append(c.key().member()).append(' ').append(c.type()).append(';');
        }
        return sb.toString();
    }

    // ---- creates ------------------------------------------------------------------------------------

    private void emitCreates() {
        List<ObjectKey> keys = new ArrayList<>(created.keySet());
        keys.sort(Comparator.comparing(ObjectKey::kind).thenComparing(Comparator.naturalOrder()));
        for (ObjectKey key : keys) {
            if (createStep.containsKey(key)) {
                continue; // written inline with its table
            }
            SchemaObject object = to.get(key);
            if (object != null) {
                create(object, created.get(key));
            }
        }
    }

    private void create(SchemaObject object, Direction direction) {
        ObjectKey k = object.key();
        Step main;
        if (object instanceof SchemaDef s) {
            main = step(Phase.SETUP, k, "CREATE SCHEMA " + Sql.ident(k.schema()) + ";", direction);
            grants(object, List.of(), s.grants(), direction);
        } else if (object instanceof Extension e) {
            main = step(Phase.SETUP, k, Ddl.createExtension(e), direction);
        } else if (object instanceof EnumType e) {
            main = step(Phase.CREATE, k, Ddl.createEnum(e), direction);
        } else if (object instanceof DomainType d) {
            main = step(Phase.CREATE, k, Ddl.createDomain(d, true), direction);
            for (DomainType.DomainCheck check : d.checks()) {
                if (!check.validated()) {
                    step(Phase.CREATE, k, Ddl.addDomainCheck(d, check), direction).needs.add(k);
                }
            }
        } else if (object instanceof CompositeType c) {
            main = step(Phase.CREATE, k, Ddl.createComposite(c), direction);
        } else if (object instanceof Sequence s) {
            main = step(Phase.CREATE, k, Ddl.createSequence(s), direction);
            if (s.ownedBy() != null) {
                ownedBy(k, s.ownedBy(), direction);
            }
            grants(object, List.of(), s.grants(), direction);
        } else if (object instanceof Table t) {
            main = createTable(t, direction);
        } else if (object instanceof Column c) {
            main = addColumn(c, direction);
        } else if (object instanceof Constraint c) {
            main = addConstraint(c, direction);
        } else if (object instanceof Index i) {
            main = createIndex(i, direction);
        } else if (object instanceof View v) {
            main = step(Phase.CREATE, k, Ddl.createView(v), direction);
            grants(object, List.of(), v.grants(), direction);
        } else if (object instanceof Function f) {
            main = step(Phase.CREATE, k, Ddl.createFunction(f), direction);
            grants(object, implicitGrants(f), f.grants(), direction);
        } else if (object instanceof Trigger t) {
            main = step(Phase.CREATE, k, t.definition().stripTrailing() + ";", direction);
            ObjectKey relation = relationOf(to, k);
            if (!isNew(relation)) {
                main.hazard(HazardKind.BLOCKS_WRITES, "takes a SHARE ROW EXCLUSIVE lock on " + relation.display()
                        + ", blocking writes while it runs");
            }
            if (t.enabled() != null && !t.enabled().equals("ORIGIN")) {
                step(Phase.CREATE, k, Ddl.triggerEnable(k, t.enabled()), direction);
            }
        } else if (object instanceof EventTrigger e) {
            main = step(Phase.CREATE, k, Ddl.createEventTrigger(e), direction);
            if (e.enabled() != null && !e.enabled().equals("ORIGIN")) {
                step(Phase.CREATE, k, Ddl.eventTriggerEnable(e), direction);
            }
        } else {
            Policy p = (Policy) object;
            main = step(Phase.CREATE, k, Ddl.createPolicy(p), direction);
            lock(main, relationOf(to, k), "creating a policy");
        }
        main.creates.add(k);
        createStep.put(k, main);
        if (object.comment() != null && !(object instanceof Table) && !(object instanceof Column)) {
            step(Phase.CREATE, k, Ddl.comment(object, object.comment()), direction).needs.add(k);
        }
    }

    /** Privileges a new object has before any GRANT: functions are executable by PUBLIC. */
    private static List<Grant> implicitGrants(Function f) {
        return List.of(new Grant(Grant.PUBLIC, "EXECUTE", false));
    }

    private void grants(SchemaObject object, List<Grant> before, List<Grant> after, Direction direction) {
        String target = Ddl.grantTarget(object);
        for (String sql : Ddl.grantChanges(target, before, after)) {
            step(Phase.CREATE, object.key(), sql, direction).needs.add(object.key());
        }
    }

    private Step createTable(Table t, Direction direction) {
        ObjectKey k = t.key();
        List<String> lines = new ArrayList<>();
        List<Column> inlineColumns = new ArrayList<>();
        if (t.partitionOf() == null) {
            for (Column c : to.columns(k)) {
                lines.add(Ddl.columnDefinition(c));
                inlineColumns.add(c);
            }
        }
        List<Constraint> inlineConstraints = new ArrayList<>();
        for (SchemaObject member : to.members(k)) {
            if (member instanceof Constraint c && created.containsKey(c.key()) && c.references() == null
                    && c.validated() && !c.type().equals("FOREIGN KEY")) {
                lines.add("CONSTRAINT " + Ddl.member(c.key()) + " " + c.definition());
                inlineConstraints.add(c);
            }
        }
        StringBuilder sql = new StringBuilder("CREATE ").append(t.unlogged() ? "UNLOGGED " : "").append("TABLE ")
                .append(Ddl.rel(k));
        if (t.partitionOf() != null) {
            sql.append(" PARTITION OF ").append(Ddl.rel(t.partitionOf()));
        }
        if (!lines.isEmpty() || t.partitionOf() == null) {
            sql.append(" (");
            if (!lines.isEmpty()) {
                sql.append("\n    ").append(String.join(",\n    ", lines)).append('\n');
            }
            sql.append(')');
        }
        if (t.partitionOf() != null) {
            sql.append(' ').append(t.partitionBound());
        }
        if (!t.inherits().isEmpty()) {
            sql.append(" INHERITS (").append(String.join(", ", t.inherits().stream().map(Ddl::rel).toList())).append(')');
        }
        if (t.partitionKey() != null) {
            sql.append(" PARTITION BY ").append(t.partitionKey());
        }
        sql.append(Ddl.withOptions(t.options())).append(';');
        Step main = step(Phase.CREATE, k, sql.toString(), direction);
        if (t.partitionOf() != null) {
            main.needs.add(t.partitionOf());
        }
        t.inherits().forEach(main.needs::add);
        for (Column c : inlineColumns) {
            main.creates.add(c.key());
            createStep.put(c.key(), main);
        }
        for (Constraint c : inlineConstraints) {
            main.creates.add(c.key());
            createStep.put(c.key(), main);
        }
        if (t.rowSecurity()) {
            alter(Phase.CREATE, k, "ALTER TABLE " + Ddl.rel(k) + " ENABLE ROW LEVEL SECURITY;", direction);
        }
        if (t.forceRowSecurity()) {
            alter(Phase.CREATE, k, "ALTER TABLE " + Ddl.rel(k) + " FORCE ROW LEVEL SECURITY;", direction);
        }
        if (t.comment() != null) {
            step(Phase.CREATE, k, Ddl.comment(t, t.comment()), direction).needs.add(k);
        }
        for (Column c : inlineColumns) {
            columnExtras(c, direction);
        }
        for (Constraint c : inlineConstraints) {
            if (c.comment() != null) {
                step(Phase.CREATE, c.key(), Ddl.comment(c, c.comment()), direction).needs.add(c.key());
            }
        }
        grants(t, List.of(), t.grants(), direction);
        return main;
    }

    /** Storage and comment of a new column: not expressible inside CREATE TABLE on every version. */
    private void columnExtras(Column c, Direction direction) {
        if (c.storage() != null) {
            step(Phase.CREATE, c.key(), "ALTER TABLE " + Ddl.rel(c.key()) + " ALTER COLUMN " + Ddl.member(c.key())
                    + " SET STORAGE " + Ddl.word(c.storage(), Set.of("PLAIN", "EXTERNAL", "EXTENDED", "MAIN"), "storage")
                    + ";", direction).needs.add(c.key());
        }
        if (c.comment() != null) {
            step(Phase.CREATE, c.key(), Ddl.comment(c, c.comment()), direction).needs.add(c.key());
        }
    }

    private Step addColumn(Column c, Direction direction) {
        ObjectKey k = c.key();
        ObjectKey table = relationOf(to, k);
        Step step = step(Phase.CREATE, k, "ALTER TABLE " + Ddl.rel(k) + " ADD COLUMN " + Ddl.columnDefinition(c) + ";",
                direction);
        step.needs.add(table);
        if (!isNew(table)) {
            lock(step, table, "adding a column");
            if (c.generated() != null) {
                step.hazard(HazardKind.TABLE_REWRITE, "computes the stored generated column for every row, "
                        + "rewriting " + table.display(), null);
            } else if (c.identity() != null) {
                step.hazard(HazardKind.TABLE_REWRITE, "fills the identity column for every row, rewriting "
                        + table.display(), null);
            } else if (c.defaultExpr() != null && Volatility.mayBeVolatile(c.defaultExpr())) {
                step.hazard(HazardKind.TABLE_REWRITE, "the default " + c.defaultExpr() + " may be volatile: "
                        + "every row gets its own value, rewriting " + table.display(),
                        "add the column without a default, set the default, then backfill in batches");
            } else if (c.notNull() && c.defaultExpr() == null) {
                step.hazard(HazardKind.VALIDATION_SCAN, "a NOT NULL column without a default fails when "
                        + table.display() + " has rows", "add it nullable, backfill, then SET NOT NULL");
            }
        }
        columnExtras(c, direction);
        return step;
    }

    private Step addConstraint(Constraint c, Direction direction) {
        ObjectKey k = c.key();
        ObjectKey table = relationOf(to, k);
        boolean foreignKey = c.type().equals("FOREIGN KEY");
        boolean notValidAllowed = foreignKey || c.type().equals("CHECK");
        String sql = "ALTER TABLE " + Ddl.rel(k) + " ADD CONSTRAINT " + Ddl.member(k) + " " + c.definition()
                + (!c.validated() && notValidAllowed ? " NOT VALID" : "") + ";";
        Step step = step(foreignKey ? Phase.LATE : Phase.CREATE, k, sql, direction);
        step.needs.add(table);
        if (c.references() != null) {
            step.needs.add(c.references());
        }
        boolean fresh = isNew(table) && (c.references() == null || isNew(c.references()));
        if (!fresh) {
            switch (c.type()) {
                case "FOREIGN KEY", "CHECK" -> {
                    if (c.validated()) {
                        step.hazard(HazardKind.VALIDATION_SCAN, "checks every row of " + table.display()
                                + (foreignKey ? " against " + c.references().display() : "") + " while holding its lock",
                                "add it NOT VALID, then ALTER TABLE " + Ddl.rel(k) + " VALIDATE CONSTRAINT "
                                        + Ddl.member(k) + " in a separate transaction");
                    }
                    if (foreignKey) {
                        step.hazard(HazardKind.BLOCKS_WRITES, "takes SHARE ROW EXCLUSIVE locks on " + table.display()
                                + " and " + c.references().display(), null);
                    } else {
                        lock(step, table, "adding a constraint");
                    }
                }
                default -> {
                    lock(step, table, "adding a constraint");
                    step.hazard(HazardKind.BLOCKS_WRITES, "builds an index on " + table.display()
                            + " while holding the lock", c.type().equals("EXCLUDE") ? null
                            : "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT " + Ddl.member(k) + " "
                                    + c.type() + " USING INDEX");
                }
            }
        }
        return step;
    }

    private Step createIndex(Index index, Direction direction) {
        ObjectKey k = index.key();
        ObjectKey relation = relationOf(to, k);
        Step step = step(Phase.CREATE, k, Ddl.createIndex(index), direction);
        step.needs.add(relation);
        if (!isNew(relation)) {
            step.hazard(HazardKind.BLOCKS_WRITES, "builds the index while holding a SHARE lock on " + relation.display()
                    + ", blocking writes", "CREATE INDEX CONCURRENTLY (outside a transaction)");
        }
        return step;
    }

    private void ownedBy(ObjectKey sequence, ObjectKey column, Direction direction) {
        String owner = column == null ? "NONE" : Ddl.rel(column) + "." + Ddl.member(column);
        Step step = step(Phase.LATE, sequence, "ALTER SEQUENCE " + Ddl.rel(sequence) + " OWNED BY " + owner + ";",
                direction);
        step.needs.add(sequence);
        if (column != null) {
            step.needs.add(column);
        }
    }

    // ---- alters -------------------------------------------------------------------------------------

    private void emitAlters() {
        for (Change change : changes) {
            if (change instanceof Change.Altered a && !dropped.containsKey(a.key()) && !created.containsKey(a.key())
                    && !typeRecreations.containsKey(a.key())) {
                new Alterations(this).alter(a.from(), a.to(), Direction.STAGING_AHEAD);
            }
        }
        for (ObjectKey key : inheritedColumnsBecomingLocal) {
            Column now = (Column) to.get(key);
            Column parent = inheritedFrom(from, now);
            Column before = new Column(key, now.position(), parent.type(), parent.notNull(), parent.defaultExpr(),
                    parent.identity(), parent.identityOptions(), parent.generated(), parent.collation(),
                    parent.storage(), parent.comment());
            new Alterations(this).alter(before, now, Direction.STAGING_AHEAD);
        }
        for (Map.Entry<ObjectKey, Direction> e : domainResets.entrySet()) {
            if (!typeRecreations.containsKey(e.getKey()) && !dropped.containsKey(e.getKey())) {
                new Alterations(this).resetDomain((DomainType) from.get(e.getKey()), (DomainType) to.get(e.getKey()),
                        e.getValue());
            }
        }
    }

    // package-private hooks for Alterations

    SnapshotIndex from() {
        return from;
    }

    SnapshotIndex to() {
        return to;
    }

    Step newStep(Phase phase, ObjectKey subject, String sql, Direction direction) {
        return step(phase, subject, sql, direction);
    }

    Step newAlter(Phase phase, ObjectKey subject, String sql, Direction direction) {
        return alter(phase, subject, sql, direction);
    }

    void lockHazard(Step step, ObjectKey relation, String what) {
        lock(step, relation, what);
    }

    boolean created(ObjectKey key) {
        return created.containsKey(key);
    }

    boolean dropped(ObjectKey key) {
        return dropped.containsKey(key);
    }

    boolean defaultReset(ObjectKey column) {
        return defaultResets.containsKey(column);
    }

    boolean retypedByType(ObjectKey column) {
        return retypedByType.containsKey(column);
    }

    /** The FROM sequence OWNED BY a column (a serial's), or null. */
    Sequence ownedSequence(ObjectKey column) {
        if (fromSequencesByOwner == null) {
            fromSequencesByOwner = from.sequencesByOwner();
        }
        return fromSequencesByOwner.get(column);
    }

    /** The step that creates an object, or null when this migration does not create it. */
    Step createStepOf(ObjectKey key) {
        return createStep.get(key);
    }

    /** The TO sequence OWNED BY a column, or null. */
    Sequence newOwnedSequence(ObjectKey column) {
        if (toSequencesByOwner == null) {
            toSequencesByOwner = to.sequencesByOwner();
        }
        return toSequencesByOwner.get(column);
    }

    boolean domainReset(ObjectKey domain) {
        return domainResets.containsKey(domain);
    }

    void grantsOf(SchemaObject object, List<Grant> before, List<Grant> after, Direction direction) {
        grants(object, before, after, direction);
    }

    void sequenceOwnedBy(ObjectKey sequence, ObjectKey column, Direction direction) {
        ownedBy(sequence, column, direction);
    }

    static ObjectKey relation(SnapshotIndex side, ObjectKey key) {
        return relationOf(side, key);
    }

    // ---- recreated types and column defaults --------------------------------------------------------

    private void emitTypeRecreations() {
        for (Map.Entry<ObjectKey, Direction> e : typeRecreations.entrySet()) {
            ObjectKey k = e.getKey();
            SchemaObject before = from.get(k);
            SchemaObject after = to.get(k);
            Direction direction = e.getValue();
            String word = k.kind() == ObjectKind.DOMAIN ? "DOMAIN" : "TYPE";
            String oldName = temporaryName(k.name());
            Step rename = alter(Phase.ALTER, k, "ALTER " + word + " " + Ddl.rel(k) + " RENAME TO " + Sql.ident(oldName)
                    + ";", direction);
            rename.releases.clear();
            if (after == null) {
                continue;
            }
            if (!created.containsKey(k)) {
                create(after, direction);
            }
            List<String> lost = new ArrayList<>();
            if (before instanceof EnumType fe && after instanceof EnumType te) {
                fe.labels().stream().filter(l -> !te.labels().contains(l)).forEach(lost::add);
                if (!lost.isEmpty()) {
                    createStep.get(k).hazard(HazardKind.DATA_LOSS, "labels " + String.join(", ", lost) + " of "
                            + k.display() + " are removed: rows holding them make the column conversion fail",
                            "update those rows to a remaining label first");
                }
            }
            Step dropOld = step(Phase.LATE, k, "DROP " + word + " " + Sql.qualified(k.schema(), oldName) + ";", direction);
            recreatedTypeSteps.computeIfAbsent(k, x -> new ArrayList<>()).add(dropOld);
            for (Map.Entry<ObjectKey, Direction> c : retypedByType.entrySet()) {
                Column fromColumn = (Column) from.get(c.getKey());
                if (!k.equals(from.typeKey(fromColumn.type()))) {
                    continue;
                }
                Column toColumn = (Column) to.get(c.getKey());
                if (toColumn == null || dropped.containsKey(c.getKey())) {
                    continue;
                }
                Step retype = new Alterations(this).retypeThroughText(fromColumn, toColumn, c.getValue(), lost);
                retype.needs.add(k);
                dropOld.after.add(retype);
            }
            for (ObjectKey dependent : from.dependents(k)) {
                Step d = dropStep.get(dependent);
                if (d != null) {
                    rename.after.add(d);
                }
            }
        }
    }

    private static String temporaryName(String name) {
        String suffix = "_pgdrift_old";
        String base = name;
        while (base.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + suffix.length() > 63) {
            base = base.substring(0, base.length() - 1);
        }
        return base + suffix;
    }

    private void emitDefaultResets() {
        for (Map.Entry<ObjectKey, Direction> e : defaultResets.entrySet()) {
            ObjectKey k = e.getKey();
            if (dropped.containsKey(k) || dropped.containsKey(relationOf(from, k))) {
                continue;
            }
            Column before = (Column) from.get(k);
            Column after = (Column) to.get(k);
            Step drop = step(Phase.DROP, k, "ALTER TABLE " + Ddl.rel(k) + " ALTER COLUMN " + Ddl.member(k)
                    + " DROP DEFAULT;", e.getValue());
            drop.releases.add(k);
            lock(drop, relationOf(from, k), "changing a default");
            if (after != null && after.defaultExpr() != null) {
                Step set = step(Phase.CREATE, k, "ALTER TABLE " + Ddl.rel(k) + " ALTER COLUMN " + Ddl.member(k)
                        + " SET DEFAULT " + after.defaultExpr() + ";", e.getValue());
                set.needs.add(k);
                set.needs.addAll(to.dependencies(k));
                lock(set, relationOf(to, k), "changing a default");
            }
            if (before == null) {
                drop.hazards.clear();
            }
        }
    }

    // ---- order --------------------------------------------------------------------------------------

    private List<Statement> order() {
        DependencyGraph<Step> graph = new DependencyGraph<>();
        Map<ObjectKey, List<Step>> droppers = new HashMap<>();
        Map<ObjectKey, List<Step>> makers = new HashMap<>();
        Map<ObjectKey, List<Step>> bySubject = new HashMap<>();
        for (Step s : steps) {
            s.node = graph.add(s);
            s.drops.forEach(k -> droppers.computeIfAbsent(k, x -> new ArrayList<>(1)).add(s));
            s.creates.forEach(k -> makers.computeIfAbsent(k, x -> new ArrayList<>(1)).add(s));
            s.alters.forEach(k -> makers.computeIfAbsent(k, x -> new ArrayList<>(1)).add(s));
            bySubject.computeIfAbsent(s.subject, x -> new ArrayList<>(2)).add(s);
        }
        for (Step s : steps) {
            for (ObjectKey k : union(s.drops, s.alters)) {
                for (ObjectKey dependent : from.dependents(k)) {
                    edges(graph, droppers.get(dependent), s);
                }
            }
            for (ObjectKey k : s.releases) {
                for (ObjectKey referenced : from.dependencies(k)) {
                    if (s.dependencyFilter.test(referenced)) {
                        edgesTo(graph, s, droppers.get(referenced));
                    }
                }
            }
            for (ObjectKey k : union(s.creates, s.alters)) {
                for (ObjectKey referenced : to.dependencies(k)) {
                    if (s.dependencyFilter.test(referenced) && !s.creates.contains(referenced)) {
                        edges(graph, makers.get(referenced), s);
                    }
                }
            }
            for (ObjectKey k : s.needs) {
                edges(graph, makers.get(k), s);
            }
            for (ObjectKey k : s.beforeDropOf) {
                edgesTo(graph, s, droppers.get(k));
            }
            for (ObjectKey k : s.afterDropOf) {
                edges(graph, droppers.get(k), s);
            }
            for (Step before : s.after) {
                graph.edge(before.node, s.node);
            }
        }
        for (List<Step> same : bySubject.values()) {
            if (same.size() > 1) {
                same.sort(Comparator.comparing((Step s) -> s.phase).thenComparingInt(s -> s.seq));
                for (int i = 1; i < same.size(); i++) {
                    graph.edge(same.get(i - 1).node, same.get(i).node);
                }
            }
        }
        List<Step> ordered = graph.order(Step.TIE_BREAK);
        brokenCycles = graph.brokenCycles();
        markEnumAdditionsUsedLater(ordered);
        // SQL-language bodies are checked at CREATE time against tables pg_depend does not link them to;
        // like pg_dump, the script turns the check off rather than guess an order for them
        List<Statement> statements = new ArrayList<>(ordered.size() + 1);
        ordered.stream().filter(s -> s.subject.kind() == ObjectKind.FUNCTION && s.sql.startsWith("CREATE OR REPLACE "))
                .findFirst()
                .ifPresent(first -> statements.add(new Statement("SET check_function_bodies = false;", first.subject,
                        first.direction, List.of(), true)));
        ordered.forEach(s -> statements.add(s.toStatement()));
        return statements;
    }

    private static Set<ObjectKey> union(Set<ObjectKey> a, Set<ObjectKey> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        Set<ObjectKey> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static void edges(DependencyGraph<Step> graph, List<Step> before, Step after) {
        if (before != null) {
            for (Step b : before) {
                graph.edge(b.node, after.node);
            }
        }
    }

    private static void edgesTo(DependencyGraph<Step> graph, Step before, List<Step> after) {
        if (after != null) {
            for (Step a : after) {
                graph.edge(before.node, a.node);
            }
        }
    }

    /**
     * A label added by {@code ALTER TYPE ... ADD VALUE} cannot be used in the transaction that added it: when a
     * later statement mentions it, the addition is marked non-transactional so it is committed first.
     */
    private static void markEnumAdditionsUsedLater(List<Step> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            Step s = ordered.get(i);
            if (!(s.subject.kind() == ObjectKind.ENUM && s.sql.contains(" ADD VALUE "))) {
                continue;
            }
            String literal = s.sql.substring(s.sql.indexOf(" ADD VALUE ") + 11).split(" (BEFORE|AFTER) |;")[0];
            for (int j = i + 1; j < ordered.size(); j++) {
                if (ordered.get(j).sql.contains(literal)) {
                    s.transactional = false;
                    s.hazard(HazardKind.NON_TRANSACTIONAL, "the new label " + literal + " is used by a later statement, "
                            + "so it must be committed before the migration's transaction starts", null);
                    break;
                }
            }
        }
    }
}
