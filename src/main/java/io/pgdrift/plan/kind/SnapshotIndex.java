package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.Dependency;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.Snapshot;
import io.pgdrift.plan.Sql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One snapshot, indexed for planning: objects by key, members by owning relation, and the dependency graph
 * in both directions: the catalog's {@code pg_depend} edges plus the structural ones the catalog leaves
 * implicit (member on its table, partition on its parent, foreign key on the referenced table and its keys,
 * column on its type and on the sequence of a {@code nextval} default). Built once, O(objects + dependencies).
 * The edges every object has (a member on its owner, any other object on its schema) are not stored: a plan
 * asks for the edges of the few objects it touches, and storing one edge per object both ways cost more than
 * the rest of planning. They are derived when asked, in the place they would take among the stored edges.
 * Not for use by two threads at once (one lazily built list).
 */
public final class SnapshotIndex {

    private static final List<ObjectKind> RELATION_KINDS =
            List.of(ObjectKind.TABLE, ObjectKind.MATERIALIZED_VIEW, ObjectKind.VIEW, ObjectKind.FOREIGN_TABLE);

    private final Snapshot snapshot;
    private final Map<ObjectKey, Sequence> sequencesByOwner = new HashMap<>();
    private final Map<ObjectKey, SchemaObject> byKey;
    private final Map<ObjectKey, List<SchemaObject>> members = new HashMap<>();
    /** {@code pg_depend}'s edges, then the kinds' own: kept apart so the derived edges can go between them. */
    private final Edges catalogEdges;
    private final Edges structuralEdges;
    /** Keys of the objects directly in each schema (neither members nor schemas), in key order; on first use. */
    private Map<String, List<ObjectKey>> inSchema;
    /** Type and sequence keys by the SQL spellings that {@code format_type} and regclass print. */
    private final Map<String, ObjectKey> bySqlName = new HashMap<>();
    private final boolean columnLevelViewDependencies;
    /** Built on first use: only a comparison of owners asks. */
    private Map<ObjectKey, String> ownerRoles;

    public SnapshotIndex(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.byKey = snapshot.byKey();
        this.catalogEdges = new Edges(snapshot.dependencies().size());
        this.structuralEdges = new Edges(snapshot.objects().size() / 4);
        for (SchemaObject object : snapshot.objects()) {
            ObjectKind kind = object.kind();
            if (kind == ObjectKind.SEQUENCE && ((Sequence) object).ownedBy() != null) {
                sequencesByOwner.put(((Sequence) object).ownedBy(), (Sequence) object);
            }
            if (kind == ObjectKind.ENUM || kind == ObjectKind.DOMAIN || kind == ObjectKind.COMPOSITE_TYPE
                    || kind == ObjectKind.SEQUENCE || kind == ObjectKind.RANGE_TYPE) {
                ObjectKey key = object.key();
                bySqlName.putIfAbsent(Sql.qualified(key), key);
                bySqlName.putIfAbsent(key.schema() + "." + key.name(), key);
                if (key.schema().equals("public")) {
                    bySqlName.putIfAbsent(Sql.ident(key.name()), key);
                }
            }
        }
        boolean columnLevel = false;
        for (Dependency dependency : snapshot.dependencies()) {
            ObjectKind dependent = dependency.dependent().kind();
            ObjectKind referenced = dependency.referenced().kind();
            if (dependent == ObjectKind.SEQUENCE && referenced == ObjectKind.COLUMN) {
                continue; // OWNED BY: planned as its own statement, after both exist
            }
            if ((dependent == ObjectKind.VIEW || dependent == ObjectKind.MATERIALIZED_VIEW)
                    && referenced == ObjectKind.COLUMN) {
                columnLevel = true;
            }
            catalogEdges.link(dependency.dependent(), dependency.referenced());
        }
        this.columnLevelViewDependencies = columnLevel;
        addMembers(snapshot.objects());
        for (SchemaObject object : snapshot.objects()) {
            addStructural(object);
        }
    }

    /**
     * Each member under its owner. The objects come sorted by key, so the members of one relation arrive in runs
     * of one kind, schema and name: the owner is looked up once per run, and every members list is filled
     * already in key order.
     */
    private void addMembers(List<SchemaObject> objects) {
        ObjectKey run = null;
        ObjectKey owner = null;
        List<SchemaObject> ownerMembers = null;
        for (SchemaObject object : objects) {
            ObjectKey key = object.key();
            if (isMember(key)) {
                if (run == null || !key.schema().equals(run.schema()) || !key.name().equals(run.name())) {
                    run = key;
                    owner = owner(key);
                    ownerMembers = owner == null ? null : members.computeIfAbsent(owner, k -> new ArrayList<>());
                }
                if (owner != null) {
                    ownerMembers.add(object);
                }
            }
        }
    }

    private static boolean isMember(ObjectKey key) {
        return !key.member().isEmpty() && Members.KINDS.contains(key.kind());
    }

    private static boolean inASchema(ObjectKey key) {
        return !isMember(key) && !key.schema().isEmpty() && key.kind() != ObjectKind.SCHEMA;
    }

    /** The derived edge of an object of this snapshot: a member's owner, or the schema of any other object. */
    private ObjectKey container(ObjectKey key) {
        if (!byKey.containsKey(key)) {
            return null;
        }
        if (isMember(key)) {
            return owner(key);
        }
        return inASchema(key) ? ObjectKey.schema(key.schema()) : null;
    }

    /** The derived edges into {@code key}: a relation's or domain's members, or everything in a schema. */
    private List<ObjectKey> contained(ObjectKey key) {
        if (key.kind() == ObjectKind.SCHEMA) {
            if (inSchema == null) {
                inSchema = new HashMap<>();
                for (SchemaObject object : snapshot.objects()) {
                    if (inASchema(object.key())) {
                        inSchema.computeIfAbsent(object.key().schema(), k -> new ArrayList<>()).add(object.key());
                    }
                }
            }
            return inSchema.getOrDefault(key.schema(), List.of());
        }
        List<SchemaObject> list = members.getOrDefault(key, List.of());
        if (list.isEmpty()) {
            return List.of();
        }
        List<ObjectKey> keys = new ArrayList<>(list.size());
        list.forEach(member -> keys.add(member.key()));
        return keys;
    }

    /** The three parts of a key's edges in order, without copying when only one of them holds any. */
    private static List<ObjectKey> joined(List<ObjectKey> catalog, List<ObjectKey> derived, List<ObjectKey> structural) {
        if (derived.isEmpty() && structural.isEmpty()) {
            return catalog;
        }
        if (catalog.isEmpty() && structural.isEmpty()) {
            return derived;
        }
        List<ObjectKey> all = new ArrayList<>(catalog.size() + derived.size() + structural.size());
        all.addAll(catalog);
        all.addAll(derived);
        all.addAll(structural);
        return all;
    }

    /** The dependencies only the kind knows (a partition on its parent, a column on its type). */
    private void addStructural(SchemaObject object) {
        Kinds.of(object.kind()).dependenciesOf(object, this, structuralEdges::link);
    }

    /** The enum, domain or composite type a {@code format_type} text names (arrays included), or null. */
    public ObjectKey typeKey(String typeText) {
        if (typeText == null) {
            return null;
        }
        String base = typeText;
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2);
        }
        ObjectKey key = bySqlName.get(base);
        return key != null && key.kind() != ObjectKind.SEQUENCE ? key : null;
    }

    /** True when the snapshot holds owners: staging's are left out unless owners are compared. */
    public boolean hasOwners() {
        return !snapshot.owners().isEmpty();
    }

    /** The role that owns {@code key}, or null when the snapshot holds no owner for it (owners not compared). */
    public String ownerRole(ObjectKey key) {
        if (ownerRoles == null) {
            ownerRoles = snapshot.ownersByObject();
        }
        return ownerRoles.get(key);
    }

    public SchemaObject get(ObjectKey key) {
        return key == null ? null : byKey.get(key);
    }

    public boolean contains(ObjectKey key) {
        return byKey.containsKey(key);
    }

    /** The table, view or materialized view a member (column, constraint, index, trigger, policy) belongs to. */
    public ObjectKey owner(ObjectKey member) {
        for (ObjectKind kind : RELATION_KINDS) {
            ObjectKey candidate = ObjectKey.of(kind, member.schema(), member.name());
            if (byKey.containsKey(candidate)) {
                return candidate;
            }
        }
        ObjectKey domain = ObjectKey.of(ObjectKind.DOMAIN, member.schema(), member.name());
        return byKey.containsKey(domain) ? domain : null;
    }

    public List<SchemaObject> members(ObjectKey relation) {
        return members.getOrDefault(relation, List.of());
    }

    public List<ObjectKey> dependencies(ObjectKey key) {
        ObjectKey container = container(key);
        return joined(catalogEdges.dependencies(key), container == null ? List.of() : List.of(container),
                structuralEdges.dependencies(key));
    }

    public List<ObjectKey> dependents(ObjectKey key) {
        return joined(catalogEdges.dependents(key), contained(key), structuralEdges.dependents(key));
    }

    /** True when the catalog links views to the columns they read (else only to their tables). */
    public boolean columnLevelViewDependencies() {
        return columnLevelViewDependencies;
    }

    /** Columns of a table in their order. */
    public List<Column> columns(ObjectKey table) {
        List<Column> columns = new ArrayList<>();
        for (SchemaObject member : members(table)) {
            if (member.kind() == ObjectKind.COLUMN) {
                columns.add((Column) member);
            }
        }
        columns.sort(Comparator.comparingInt(Column::position).thenComparing(Column::key));
        return columns;
    }

    /** The sequence OWNED BY a column (a serial's), or null. */
    public Sequence sequenceOwnedBy(ObjectKey column) {
        return sequencesByOwner.get(column);
    }

    /** A sequence by the name a {@code nextval('...'::regclass)} default prints, or null. */
    public ObjectKey sequenceKey(String sqlName) {
        ObjectKey key = bySqlName.get(sqlName);
        return key != null && key.kind() == ObjectKind.SEQUENCE ? key : null;
    }

    /** Every object of the snapshot, in key order. */
    public List<SchemaObject> objects() {
        return snapshot.objects();
    }

    public int major() {
        return snapshot.server() == null ? 0 : snapshot.server().major();
    }
}
