package io.pgdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.catalog.SnapshotFile;
import io.pgdrift.model.Snapshot;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pgdrift snapshot} end to end against a real database. */
class SnapshotCommandTest {

    private static TestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() {
        db = PostgresServers.server(PostgresServers.lowest()).createDatabase("snapcli")
                .execute("CREATE TABLE users (id bigint PRIMARY KEY, email text); CREATE VIEW v AS SELECT id FROM users;");
    }

    @Test
    void writesTheSnapshotToStdout() throws Exception {
        CliRun run = CliRun.of("snapshot", "--db", db.uri());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        Path file = Files.writeString(dir.resolve("stdout.json"), run.out());
        Snapshot read = SnapshotFile.read(file);
        assertThat(read.objects()).isEqualTo(new CatalogReader().read(DatabaseUrl.parse(db.uri())).objects());
        assertThat(read.objects()).isNotEmpty();
    }

    @Test
    void writesTheSnapshotToAFile() throws Exception {
        Path file = dir.resolve("snap.json");

        CliRun run = CliRun.of("snapshot", "--db", db.uri(), "--out", file.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(SnapshotFile.read(file).objects()).isNotEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("snap.json");
        }
    }

    @Test
    void aMissingDirectoryIsOneLineOnStderr() {
        CliRun run = CliRun.of("snapshot", "--db", db.uri(), "--out", dir.resolve("no/such/dir/snap.json").toString());

        assertThat(run.exit()).isEqualTo(Main.EXIT_ERROR);
        assertThat(run.err().lines()).hasSize(1)
                .allMatch(line -> line.startsWith("pgdrift: cannot write the snapshot to ") && line.contains("snap.json"));
    }

    @Test
    void anUnreachableDatabaseIsNamedWithoutThePassword() {
        CliRun run = CliRun.of("snapshot", "--db", "postgresql://app:s3cret-pw@127.0.0.1:1/app");

        assertThat(run.exit()).isEqualTo(Main.EXIT_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("127.0.0.1").doesNotContain("s3cret-pw");
    }
}
