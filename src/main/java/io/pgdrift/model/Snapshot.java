package io.pgdrift.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compared schema of one database at one moment. Objects are sorted by key, so the same schema always
 * gives the same list; nothing in it names a host, a user or a password.
 *
 * @param formatVersion version of the snapshot file format ({@link #FORMAT_VERSION} when written by this build)
 * @param database      the database name
 * @param sizes         estimated sizes of tables and materialized views, sorted by relation: what hazards on them
 *                      cost. Kept outside the objects on purpose: sizes change every night and are never drift
 * @param uncompared    what the database holds that pgdrift does not compare, by kind and schema
 * @param owners        the owner of each object that has one, sorted by object; compared only when asked for
 */
public record Snapshot(int formatVersion, ServerInfo server, String database, Instant takenAt,
                       List<SchemaObject> objects, List<Dependency> dependencies, List<RelationSize> sizes,
                       List<Uncompared> uncompared, List<Owner> owners) {

    /** 2: a column's identity options are an object ({@link SequenceOptions}), no longer SQL text. */
    public static final int FORMAT_VERSION = 2;

    public Snapshot {
        objects = objects == null ? List.of() : objects.stream().sorted(Comparator.comparing(SchemaObject::key)).toList();
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        sizes = sizes == null ? List.of() : sizes.stream().sorted(Comparator.comparing(RelationSize::relation)).toList();
        uncompared = Lists.copy(uncompared);
        owners = owners == null ? List.of() : owners.stream().sorted().toList();
    }

    /** A snapshot without owners (tests, and files written before pgdrift read them). */
    public Snapshot(int formatVersion, ServerInfo server, String database, Instant takenAt,
                    List<SchemaObject> objects, List<Dependency> dependencies, List<RelationSize> sizes,
                    List<Uncompared> uncompared) {
        this(formatVersion, server, database, takenAt, objects, dependencies, sizes, uncompared, List.of());
    }

    /** A snapshot without size estimates (tests, and snapshot files written before pgdrift read sizes). */
    public Snapshot(int formatVersion, ServerInfo server, String database, Instant takenAt,
                    List<SchemaObject> objects, List<Dependency> dependencies) {
        this(formatVersion, server, database, takenAt, objects, dependencies, List.of(), List.of());
    }

    /** A snapshot that holds nothing pgdrift leaves uncompared (tests, and files written before it was read). */
    public Snapshot(int formatVersion, ServerInfo server, String database, Instant takenAt,
                    List<SchemaObject> objects, List<Dependency> dependencies, List<RelationSize> sizes) {
        this(formatVersion, server, database, takenAt, objects, dependencies, sizes, List.of());
    }

    /** A new map from relation to its size estimate; O(n), so build it once per use site. */
    public Map<ObjectKey, RelationSize> sizesByRelation() {
        Map<ObjectKey, RelationSize> map = new HashMap<>(sizes.size() * 2);
        sizes.forEach(s -> map.put(s.relation(), s));
        return map;
    }

    /** A new map from key to object; O(n), so build it once per use site. */
    public Map<ObjectKey, SchemaObject> byKey() {
        Map<ObjectKey, SchemaObject> map = new HashMap<>(objects.size() * 2);
        for (SchemaObject object : objects) {
            map.put(object.key(), object);
        }
        return map;
    }

    /** The same snapshot with other objects and owners (role names mapped, owners left out). */
    public Snapshot with(List<SchemaObject> otherObjects, List<Owner> otherOwners) {
        return new Snapshot(formatVersion, server, database, takenAt, otherObjects, dependencies, sizes, uncompared,
                otherOwners);
    }

    /** A new map from object to its owner's name; O(n), so build it once per use site. */
    public Map<ObjectKey, String> ownersByObject() {
        Map<ObjectKey, String> map = new HashMap<>(owners.size() * 2);
        owners.forEach(o -> map.put(o.object(), o.role()));
        return map;
    }

    /** Number of objects of one kind. */
    public long count(ObjectKind kind) {
        return objects.stream().filter(o -> o.kind() == kind).count();
    }
}
