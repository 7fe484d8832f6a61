package io.pgdrift.catalog;

import io.pgdrift.model.Attributes;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Snapshot;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test schema of {@code catalog/rich_schema.sql} (every kind, awkward names), loaded once per server and
 * shared by the read-only tests of this package.
 */
final class RichSchema {
    static final String READER_ROLE = "catalog matrix \"reader\"";

    private static final Map<Integer, TestDatabase> LOADED = new ConcurrentHashMap<>();
    private static final Map<Integer, Snapshot> SNAPSHOTS = new ConcurrentHashMap<>();

    private RichSchema() {
    }

    static String script() {
        try (InputStream in = RichSchema.class.getResourceAsStream("/catalog/rich_schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A database of the server holding the rich schema; tests must not change it. */
    static TestDatabase shared(PgServer server) {
        return LOADED.computeIfAbsent(server.major(), m -> load(server.createDatabase("rich")));
    }

    /** The snapshot of {@link #shared}, read once per server. */
    static Snapshot sharedSnapshot(PgServer server) {
        return SNAPSHOTS.computeIfAbsent(server.major(), m -> read(shared(server)));
    }

    static TestDatabase load(TestDatabase db) {
        return db.execute(script());
    }

    static Snapshot read(TestDatabase db) {
        return new CatalogReader().read(DatabaseUrl.parse(db.uri()));
    }

    /** What drift is made of: each object's compared attributes, by key. */
    static Map<ObjectKey, Map<String, Object>> compared(Snapshot snapshot) {
        Map<ObjectKey, Map<String, Object>> map = new TreeMap<>();
        for (SchemaObject object : snapshot.objects()) {
            map.put(object.key(), Attributes.compared(object));
        }
        return map;
    }
}
