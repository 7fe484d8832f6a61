package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import java.util.Collections;
import java.util.Map;

import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a migration does beyond the changes themselves, decided before any statement is written: every map
 * is keyed in {@link ObjectKey} order (so the plan is the same on every run) and says for whom (which
 * direction) the object is handled.
 *
 * @param dropped          objects dropped, for good or to be created again
 * @param created          objects created, new or again
 * @param retypedByType    columns moved onto a type recreated under its name
 * @param typeRecreations  enums and domains recreated under their name
 * @param defaultResets    columns whose default is taken off before what it uses changes, and put back after
 * @param domainResets     domains whose checks and default are taken off and put back the same way
 * @param becomingLocal    columns a table held only by inheritance and now declares itself
 */
public record Decision(SortedMap<ObjectKey, Direction> dropped, SortedMap<ObjectKey, Direction> created,
                       SortedMap<ObjectKey, Direction> retypedByType, SortedMap<ObjectKey, Direction> typeRecreations,
                       SortedMap<ObjectKey, Direction> defaultResets, SortedMap<ObjectKey, Direction> domainResets,
                       SortedSet<ObjectKey> becomingLocal) {

    public Decision {
        dropped = frozen(dropped);
        created = frozen(created);
        retypedByType = frozen(retypedByType);
        typeRecreations = frozen(typeRecreations);
        defaultResets = frozen(defaultResets);
        domainResets = frozen(domainResets);
        becomingLocal = Collections.unmodifiableSortedSet(new TreeSet<>(becomingLocal));
    }

    private static SortedMap<ObjectKey, Direction> frozen(Map<ObjectKey, Direction> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    public boolean isDropped(ObjectKey key) {
        return dropped.containsKey(key);
    }

    /** Created by this migration: for a relation, statements on it lock or scan nothing that matters. */
    public boolean isCreated(ObjectKey key) {
        return created.containsKey(key);
    }

    public boolean isRetypedByType(ObjectKey column) {
        return retypedByType.containsKey(column);
    }

    public boolean isTypeRecreated(ObjectKey type) {
        return typeRecreations.containsKey(type);
    }

    public boolean isDefaultReset(ObjectKey column) {
        return defaultResets.containsKey(column);
    }

    public boolean isDomainReset(ObjectKey domain) {
        return domainResets.containsKey(domain);
    }

}
