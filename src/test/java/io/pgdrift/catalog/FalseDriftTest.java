package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pgdrift.model.Dependency;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.Snapshot;
import io.pgdrift.testing.PgDump;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same DDL must read the same everywhere: on every supported major, for a role that may only connect,
 * and after a {@code pg_dump | psql} round trip.
 */
class FalseDriftTest {
    /** Holds the SQL-standard function body, which only exists from PostgreSQL 14 on. */
    private static final String MODERN = "modern";
    private static final String CONNECT_ONLY = "catalog_false_drift_connect_only";

    @TempDir
    Path dir;

    static List<Integer> versions() {
        return PostgresServers.versions();
    }

    static List<Integer> ends() {
        return PostgresServers.ends();
    }

    private static Snapshot snapshot(int major) {
        return RichSchema.sharedSnapshot(PostgresServers.server(major));
    }

    @ParameterizedTest(name = "PostgreSQL {0} reads like the lowest major")
    @MethodSource("versions")
    void sameDdlGivesTheSameSnapshotOnEveryMajor(int major) {
        Snapshot lowest = snapshot(PostgresServers.lowest());
        Snapshot current = snapshot(major);
        Predicate<ObjectKey> common = k -> !k.schema().equals(MODERN);
        assertThat(differences(compared(current, common), compared(lowest, common))).isEmpty();
        assertThat(dependencies(current, common)).isEqualTo(dependencies(lowest, common));
        // PostgreSQL 15 gave the public schema to pg_database_owner; it reads as the database owner on every major
        assertThat(current.owners().stream().filter(o -> common.test(o.object())).toList())
                .isEqualTo(lowest.owners().stream().filter(o -> common.test(o.object())).toList());
    }

    @ParameterizedTest(name = "PostgreSQL {0} reads like the lowest major from 14 on")
    @MethodSource("versions")
    void featuresFrom14OnReadTheSameOnEveryMajorThatHasThem(int major) {
        assumeTrue(major >= 14, "the '" + MODERN + "' schema holds what only PostgreSQL 14 and later can load");
        Snapshot current = snapshot(major);
        Snapshot reference = snapshot(versions().stream().filter(v -> v >= 14).findFirst().orElseThrow());
        Predicate<ObjectKey> modern = k -> k.schema().equals(MODERN);
        assertThat(compared(current, modern)).isNotEmpty().isEqualTo(compared(reference, modern));
        assertThat(dependencies(current, modern)).isNotEmpty().isEqualTo(dependencies(reference, modern));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("ends")
    void roleWithOnlyConnectSeesWhatTheOwnerSees(int major) {
        PgServer server = PostgresServers.server(major);
        TestDatabase db = RichSchema.shared(server);
        db.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + CONNECT_ONLY + "') THEN "
                + "CREATE ROLE " + CONNECT_ONLY + " LOGIN; END IF; END $$;"
                + "GRANT CONNECT ON DATABASE " + db.name() + " TO " + CONNECT_ONLY);
        Snapshot owner = snapshot(major);
        Snapshot connectOnly = new CatalogReader().read(DatabaseUrl.parse(
                "postgresql://" + CONNECT_ONLY + "@localhost:" + server.port() + "/" + db.name()));
        assertThat(differences(compared(connectOnly, k -> true), compared(owner, k -> true))).isEmpty();
        assertThat(connectOnly.dependencies()).isEqualTo(owner.dependencies());
        assertThat(connectOnly.objects()).hasSameSizeAs(owner.objects());
        assertThat(connectOnly.owners()).isNotEmpty().isEqualTo(owner.owners());
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void dumpAndRestoreGivesTheSameSnapshot(int major) throws Exception {
        Optional<String> noPgDump = PgDump.cannotRead(major);
        assumeTrue(noPgDump.isEmpty(), () -> noPgDump.orElse(""));
        PgServer server = PostgresServers.server(major);
        TestDatabase original = RichSchema.shared(server);
        // the copy starts from the same baseline the original had before its DDL ran (see rich_schema.sql)
        TestDatabase copy = server.createDatabase("restored").execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        Path dump = dir.resolve("schema.sql");
        run("pg_dump", "--schema-only", "--no-owner", "-h", "localhost", "-p", String.valueOf(server.port()),
                "-U", "postgres", "-f", dump.toString(), original.name());
        run("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost", "-p", String.valueOf(server.port()),
                "-U", "postgres", "-d", copy.name(), "-f", dump.toString());
        Snapshot restored = RichSchema.read(copy);
        Snapshot before = snapshot(major);
        assertThat(differences(compared(restored, k -> true), compared(before, k -> true))).isEmpty();
        assertThat(restored.objects()).isEqualTo(before.objects());
        assertThat(restored.dependencies()).isEqualTo(before.dependencies());
        assertThat(restored.owners()).isEqualTo(before.owners());
    }

    private static Map<ObjectKey, Map<String, Object>> compared(Snapshot snapshot, Predicate<ObjectKey> keep) {
        Map<ObjectKey, Map<String, Object>> all = RichSchema.compared(snapshot);
        Map<ObjectKey, Map<String, Object>> kept = new TreeMap<>();
        all.forEach((k, v) -> {
            if (keep.test(k)) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    /** Readable differences: each key whose attributes differ or that only one side has. */
    private static List<String> differences(Map<ObjectKey, Map<String, Object>> actual,
                                            Map<ObjectKey, Map<String, Object>> expected) {
        List<String> out = new java.util.ArrayList<>();
        java.util.Set<ObjectKey> keys = new java.util.TreeSet<>(actual.keySet());
        keys.addAll(expected.keySet());
        for (ObjectKey key : keys) {
            if (!java.util.Objects.equals(actual.get(key), expected.get(key))) {
                out.add(key + ": expected " + expected.get(key) + " but was " + actual.get(key));
            }
        }
        return out;
    }

    private static List<Dependency> dependencies(Snapshot snapshot, Predicate<ObjectKey> keep) {
        return snapshot.dependencies().stream()
                .filter(d -> keep.test(d.dependent()) || keep.test(d.referenced()))
                .filter(d -> !d.dependent().schema().equals(MODERN) || keep.test(d.dependent()))
                .toList();
    }

    private void run(String... command) throws IOException, InterruptedException {
        Path log = dir.resolve(command[0] + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        assertThat(exit).as(String.join(" ", command) + ": " + Files.readString(log, StandardCharsets.UTF_8))
                .isZero();
    }
}
