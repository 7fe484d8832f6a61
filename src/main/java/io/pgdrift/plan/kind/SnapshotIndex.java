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
 */
public final class SnapshotIndex {

    private static final List<ObjectKind> RELATION_KINDS =
            List.of(ObjectKind.TABLE, ObjectKind.MATERIALIZED_VIEW, ObjectKind.VIEW);

    private final Snapshot snapshot;
    private final Map<ObjectKey, Sequence> sequencesByOwner = new HashMap<>();
    private final Map<ObjectKey, SchemaObject> byKey;
    private final Map<ObjectKey, List<SchemaObject>> members = new HashMap<>();
    private final Map<ObjectKey, List<ObjectKey>> dependencies = new HashMap<>();
    private final Map<ObjectKey, List<ObjectKey>> dependents = new HashMap<>();
    /** Type and sequence keys by the SQL spellings that {@code format_type} and regclass print. */
    private final Map<String, ObjectKey> bySqlName = new HashMap<>();
    private final boolean columnLevelViewDependencies;
    /** Built on first use: only a comparison of owners asks. */
    private Map<ObjectKey, String> ownerRoles;

    public SnapshotIndex(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.byKey = snapshot.byKey();
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
            link(dependency.dependent(), dependency.referenced());
        }
        this.columnLevelViewDependencies = columnLevel;
        for (SchemaObject object : snapshot.objects()) {
            addMember(object);
        }
        for (SchemaObject object : snapshot.objects()) {
            addStructural(object);
        }
        for (List<SchemaObject> list : members.values()) {
            list.sort(Comparator.comparing(SchemaObject::key));
        }
    }

    private void addMember(SchemaObject object) {
        ObjectKey key = object.key();
        if (!key.member().isEmpty() && Members.KINDS.contains(key.kind())) {
            ObjectKey owner = owner(key);
            if (owner != null) {
                members.computeIfAbsent(owner, k -> new ArrayList<>()).add(object);
                link(key, owner);
            }
        } else if (!key.schema().isEmpty() && key.kind() != ObjectKind.SCHEMA) {
            link(key, ObjectKey.schema(key.schema()));
        }
    }

    /** The dependencies only the kind knows (a partition on its parent, a column on its type). */
    private void addStructural(SchemaObject object) {
        Kinds.of(object.kind()).dependenciesOf(object, this, this::link);
    }

    private void link(ObjectKey dependent, ObjectKey referenced) {
        if (dependent.equals(referenced)) {
            return;
        }
        dependencies.computeIfAbsent(dependent, k -> new ArrayList<>(2)).add(referenced);
        dependents.computeIfAbsent(referenced, k -> new ArrayList<>(2)).add(dependent);
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
        return dependencies.getOrDefault(key, List.of());
    }

    public List<ObjectKey> dependents(ObjectKey key) {
        return dependents.getOrDefault(key, List.of());
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
