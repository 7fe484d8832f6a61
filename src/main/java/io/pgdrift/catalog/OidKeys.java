package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;

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

    /**
     * (catalog, OID, sub-id) packed into one long, in an open-addressing table: a 10,000-table read stores and
     * looks up a few hundred thousand of them, and a map of records cost an object per lookup and was a tenth of
     * the reader threads' samples. Catalog OIDs are below 2^16, OIDs 32 bits, sub-ids (column numbers) below
     * 2^16; a packed key is never 0, which marks a free slot.
     */
    private long[] packed = new long[1 << 12];
    private ObjectKey[] values = new ObjectKey[1 << 12];
    private int size;

    void put(long catalog, long oid, ObjectKey key) {
        put(catalog, oid, 0, key);
    }

    void put(long catalog, long oid, int subId, ObjectKey key) {
        if (oid == 0) {
            return;
        }
        if (2 * (size + 1) > packed.length) {
            grow();
        }
        if (insert(packed, values, pack(catalog, oid, subId), key)) {
            size++;
        }
    }

    /** The key of a catalog object; a column that is not compared on its own falls back to its relation. */
    ObjectKey get(long catalog, long oid, int subId) {
        ObjectKey key = find(pack(catalog, oid, subId));
        if (key == null && subId != 0) {
            key = find(pack(catalog, oid, 0));
        }
        return key;
    }

    private static long pack(long catalog, long oid, int subId) {
        return catalog << 48 | (oid & 0xFFFF_FFFFL) << 16 | (subId & 0xFFFFL);
    }

    private ObjectKey find(long key) {
        int mask = packed.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = packed[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    /** Stores or replaces; true when the key is new. */
    private static boolean insert(long[] keys, ObjectKey[] vals, long key, ObjectKey value) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == 0) {
                keys[i] = key;
                vals[i] = value;
                return true;
            }
            if (keys[i] == key) {
                vals[i] = value;
                return false;
            }
        }
    }

    private void grow() {
        long[] keys = new long[packed.length * 2];
        ObjectKey[] vals = new ObjectKey[keys.length];
        for (int i = 0; i < packed.length; i++) {
            if (packed[i] != 0) {
                insert(keys, vals, packed[i], values[i]);
            }
        }
        packed = keys;
        values = vals;
    }

    /** A well-mixed slot (the packed fields differ mostly in their low OID bits). */
    private static int slot(long key, int mask) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
