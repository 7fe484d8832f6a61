package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import java.util.HashMap;
import java.util.Map;

/**
 * What each catalog row read so far is called in the snapshot, so that {@code pg_depend} rows (OIDs) can be
 * turned into {@link io.pgdrift.model.Dependency} records between keys. Lives only while one snapshot is read.
 */
final class OidKeys {
    static final long PG_CLASS = 1259;
    static final long PG_PROC = 1255;
    static final long PG_TYPE = 1247;
    static final long PG_CONSTRAINT = 2606;
    static final long PG_TRIGGER = 2620;
    static final long PG_POLICY = 3256;
    static final long PG_EVENT_TRIGGER = 3466;
    static final long PG_COLLATION = 3456;
    static final long PG_STATISTIC_EXT = 3381;
    static final long PG_OPERATOR = 2617;
    static final long PG_OPCLASS = 2616;
    static final long PG_OPFAMILY = 2753;
    static final long PG_TS_CONFIG = 3602;
    static final long PG_TS_DICT = 3600;
    static final long PG_TS_PARSER = 3601;
    static final long PG_TS_TEMPLATE = 3764;
    static final long PG_CONVERSION = 2607;
    static final long PG_AM = 2601;
    static final long PG_LANGUAGE = 2612;
    static final long PG_CAST = 2605;
    static final long PG_REWRITE = 2618;

    private record Ref(long catalog, long oid, int subId) {
    }

    private final Map<Ref, ObjectKey> keys = new HashMap<>();

    void put(long catalog, long oid, ObjectKey key) {
        put(catalog, oid, 0, key);
    }

    void put(long catalog, long oid, int subId, ObjectKey key) {
        if (oid != 0) {
            keys.put(new Ref(catalog, oid, subId), key);
        }
    }

    /** The key of a catalog object; a column that is not compared on its own falls back to its relation. */
    ObjectKey get(long catalog, long oid, int subId) {
        ObjectKey key = keys.get(new Ref(catalog, oid, subId));
        if (key == null && subId != 0) {
            key = keys.get(new Ref(catalog, oid, 0));
        }
        return key;
    }
}
