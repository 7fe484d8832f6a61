package io.pgdrift.online;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.catalog.SnapshotFile;
import io.pgdrift.diff.Change;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.Differ;
import io.pgdrift.diff.ObjectFilter;
import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.RelationSize;
import io.pgdrift.model.Snapshot;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the online migration needs to know about production besides its schema: how big each table is (from
 * pg_class, readable by a role that may only connect), and which indexes a failed concurrent build left invalid.
 */
class ProductionFactsTest {

    static List<Integer> versions() {
        return PostgresServers.ends();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void sizesComeFromPgClassAndPartitionedTablesAddUpTheirPartitions(int major, @TempDir Path dir) throws Exception {
        TestDatabase db = PostgresServers.server(major).createDatabase("facts_sizes").execute("""
                CREATE TABLE big (id int, pad text);
                INSERT INTO big SELECT g, repeat('x', 100) FROM generate_series(1, 20000) g;
                CREATE TABLE never_analysed (id int);
                CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
                CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
                    PARTITION BY RANGE (id);
                CREATE TABLE events_2024_low PARTITION OF events_2024 FOR VALUES FROM (0) TO (1000);
                CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                INSERT INTO events SELECT g % 1000, date '2024-06-01' + (g % 2) * 365 FROM generate_series(1, 3000) g;
                """)
                .execute("VACUUM ANALYZE big").execute("VACUUM ANALYZE events_2024_low")
                .execute("VACUUM ANALYZE events_2025");
        Snapshot snapshot;
        try (Connection c = db.connect()) {
            snapshot = new CatalogReader().read(c);
        }
        Map<ObjectKey, RelationSize> sizes = snapshot.sizesByRelation();

        RelationSize big = sizes.get(table("big"));
        assertThat(big.rows()).isEqualTo(20000);
        assertThat(big.bytes()).isEqualTo(pages(db, "big") * 8192L).isPositive();
        RelationSize low = sizes.get(table("events_2024_low"));
        RelationSize y2025 = sizes.get(table("events_2025"));
        assertThat(low.rows() + y2025.rows()).isEqualTo(3000);
        assertThat(sizes.get(table("events_2024"))).isEqualTo(new RelationSize(table("events_2024"), low.rows(),
                low.bytes()));
        assertThat(sizes.get(table("events"))).isEqualTo(new RelationSize(table("events"), 3000,
                low.bytes() + y2025.bytes()));
        // -1 from PostgreSQL 14; 13's 0 rows in 0 pages reads the same
        assertThat(sizes.get(table("never_analysed")).rowsKnown()).as("no estimate for a never-analysed table")
                .isFalse();

        Path file = dir.resolve("snapshot.json");
        try (var out = Files.newOutputStream(file)) {
            SnapshotFile.write(snapshot, out);
        }
        assertThat(SnapshotFile.read(file).sizes()).isEqualTo(snapshot.sizes());
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void sizesAreNeverDrift(int major) throws Exception {
        TestDatabase small = PostgresServers.server(major).createDatabase("facts_small")
                .execute("CREATE TABLE t (id int); INSERT INTO t VALUES (1); ANALYZE t;");
        TestDatabase large = PostgresServers.server(major).createDatabase("facts_large")
                .execute("CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 50000); ANALYZE t;");

        Snapshot from = read(small);
        Snapshot to = read(large);

        assertThat(from.sizes()).isNotEqualTo(to.sizes());
        assertThat(new Differ().diff(from, to, ObjectFilter.ALL, new DiffOptions(false))).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void anIndexAFailedConcurrentBuildLeftIsReadInvalidAndDiffersFromAValidOne(int major) throws Exception {
        String schema = "CREATE TABLE t (id int, code text); INSERT INTO t VALUES (1, 'a'), (2, 'a');";
        TestDatabase production = PostgresServers.server(major).createDatabase("facts_invalid").execute(schema);
        try (Connection c = production.connect()) {
            c.createStatement().execute("CREATE UNIQUE INDEX CONCURRENTLY t_code_key ON t (code)");
        } catch (java.sql.SQLException expected) {
            // the duplicate 'a' fails the build after the index was created: it stays, marked invalid
        }
        TestDatabase staging = PostgresServers.server(major).createDatabase("facts_valid")
                .execute(schema + "DELETE FROM t WHERE id = 2; CREATE UNIQUE INDEX t_code_key ON t (code);");

        Snapshot from = read(production);
        Snapshot to = read(staging);
        ObjectKey key = ObjectKey.member(ObjectKind.INDEX, "public", "t", "t_code_key");

        assertThat(((Index) from.byKey().get(key)).invalid()).isTrue();
        assertThat(((Index) to.byKey().get(key)).invalid()).isFalse();
        assertThat(new Differ().diff(from, to, ObjectFilter.ALL, new DiffOptions(false)))
                .singleElement().isInstanceOfSatisfying(Change.Altered.class,
                        altered -> assertThat(altered.key()).isEqualTo(key));
    }

    private static Snapshot read(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return new CatalogReader().read(c);
        }
    }

    private static ObjectKey table(String name) {
        return ObjectKey.of(ObjectKind.TABLE, "public", name);
    }

    private static long pages(TestDatabase db, String table) throws Exception {
        try (Connection c = db.connect(); var rs = c.createStatement()
                .executeQuery("SELECT relpages FROM pg_class WHERE oid = 'public." + table + "'::regclass")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
