package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Snapshot;
import io.pgdrift.testing.PostgresServers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotFileTest {
    @TempDir
    Path dir;

    private static Snapshot rich() {
        return RichSchema.sharedSnapshot(PostgresServers.server(PostgresServers.highest()));
    }

    private Path write(Snapshot snapshot) throws IOException {
        Path file = dir.resolve("snapshot.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            SnapshotFile.write(snapshot, out);
        }
        return file;
    }

    @Test
    void roundTripGivesEqualRecords() throws IOException {
        Snapshot snapshot = rich();
        Snapshot back = SnapshotFile.read(write(snapshot));
        assertThat(back).isEqualTo(snapshot);
        assertThat(back.objects()).isEqualTo(snapshot.objects());
        assertThat(back.dependencies()).isEqualTo(snapshot.dependencies()).isNotEmpty();
    }

    @Test
    void fileIsVersionedDeterministicAndNamesNoHostOrUser() throws IOException {
        Snapshot snapshot = rich();
        String json = Files.readString(write(snapshot));
        assertThat(json).startsWith("{\n  \"format\" : \"pgdrift-snapshot\",\n  \"formatVersion\" : 2,\n  \"server\" : {");
        assertThat(json).contains("\"database\" : \"" + snapshot.database() + "\"")
                .contains("\"object\" : \"table\"")
                .doesNotContain("localhost")
                .doesNotContain("postgres@");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        SnapshotFile.write(snapshot, again);
        assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void refusesAFileThatIsNotASnapshot() throws IOException {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"name\": \"package.json perhaps\"}");
        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(PgdriftException.class)
                .hasMessage("file " + file + " is not a pgdrift snapshot (no \"format\": \"pgdrift-snapshot\");"
                        + " write it with 'pgdrift snapshot --db URL --out FILE'");
    }

    @Test
    void refusesMalformedJson() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"pgdrift-snapshot\",\n \"formatVersion\": 2,");
        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(PgdriftException.class)
                .hasMessageStartingWith("snapshot file " + file + " is not valid JSON (line 2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void refusesAnUnknownFormatVersion() throws IOException {
        String json = Files.readString(write(rich())).replace("\"formatVersion\" : 2,", "\"formatVersion\" : 3,");
        Path file = dir.resolve("future.json");
        Files.writeString(file, json);
        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(PgdriftException.class)
                .hasMessage("snapshot file " + file + " has format version 3, this pgdrift reads version 2;"
                        + " take the snapshot again with this pgdrift");
    }

    @Test
    void refusesADamagedObjectList() throws IOException {
        String json = Files.readString(write(rich())).replaceFirst("\"object\" : \"table\"", "\"object\" : \"tabel\"");
        Path file = dir.resolve("damaged.json");
        Files.writeString(file, json);
        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(PgdriftException.class)
                .hasMessageStartingWith("snapshot file " + file + " is damaged: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void refusesAMissingFile() {
        Path file = dir.resolve("missing.json");
        assertThatThrownBy(() -> SnapshotFile.read(file)).isInstanceOf(PgdriftException.class)
                .hasMessageStartingWith("cannot read snapshot file " + file + ": no such file");
    }
}
