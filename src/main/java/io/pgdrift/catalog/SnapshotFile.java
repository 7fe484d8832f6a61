package io.pgdrift.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgdrift.PgdriftException;
import io.pgdrift.model.Snapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes snapshots as versioned JSON: {@code {"format":"pgdrift-snapshot","formatVersion":1,"server":...,
 * "database":...,"takenAt":...,"objects":[...],"dependencies":[...]}}. Objects come sorted by key (the
 * {@link Snapshot} sorts them), so one schema always gives the same file but for {@code takenAt}.
 */
public final class SnapshotFile {
    private static final ObjectMapper MAPPER = SnapshotJson.mapper();
    private static final String HOW = "write it with 'pgdrift snapshot --db URL --out FILE'";

    private SnapshotFile() {
    }

    public static void write(Snapshot snapshot, OutputStream out) {
        SnapshotJson.Document document = new SnapshotJson.Document(SnapshotJson.FORMAT, snapshot.formatVersion(),
                snapshot.server(), snapshot.database(),
                snapshot.takenAt() == null ? null : snapshot.takenAt().toString(), snapshot.objects(),
                snapshot.dependencies());
        try {
            MAPPER.writeValue(out, document);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the snapshot", e);
        }
    }

    /** Refuses, with a clear error, a file that is not a pgdrift snapshot or of an unknown format version. */
    public static Snapshot read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PgdriftException("cannot read snapshot file " + file + ": no such file; check the path or " + HOW);
        } catch (IOException e) {
            throw new PgdriftException("cannot read snapshot file " + file + ": " + e.getMessage()
                    + "; check the path and its permissions", e);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new PgdriftException("snapshot file " + file + " is not valid JSON ("
                    + location(e) + "); " + HOW, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject() || !SnapshotJson.FORMAT.equals(root.path("format").asText(null))) {
            throw new PgdriftException("file " + file + " is not a pgdrift snapshot (no \"format\": \""
                    + SnapshotJson.FORMAT + "\"); " + HOW);
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isInt() || version.intValue() != Snapshot.FORMAT_VERSION) {
            throw new PgdriftException("snapshot file " + file + " has format version " + version
                    + ", this pgdrift reads version " + Snapshot.FORMAT_VERSION
                    + "; take the snapshot again with this pgdrift");
        }
        try {
            SnapshotJson.Document document = MAPPER.treeToValue(root, SnapshotJson.Document.class);
            Instant takenAt = document.takenAt() == null ? null : Instant.parse(document.takenAt());
            return new Snapshot(document.formatVersion(), document.server(), document.database(), takenAt,
                    document.objects(), document.dependencies());
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw new PgdriftException("snapshot file " + file + " is damaged: "
                    + firstLine(e.getMessage()) + "; " + HOW, e);
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? firstLine(e.getOriginalMessage())
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }
}
