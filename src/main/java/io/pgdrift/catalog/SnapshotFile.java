package io.pgdrift.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.pgdrift.PgdriftException;
import io.pgdrift.model.Dependency;
import io.pgdrift.model.Owner;
import io.pgdrift.model.RelationSize;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.Uncompared;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes snapshots as versioned JSON: {@code {"format":"pgdrift-snapshot","formatVersion":1,"server":...,
 * "database":...,"takenAt":...,"objects":[...],"dependencies":[...]}}. Objects come sorted by key (the
 * {@link Snapshot} sorts them), so one schema always gives the same file but for {@code takenAt}.
 */
public final class SnapshotFile {
    private static final ObjectMapper MAPPER = SnapshotJson.mapper();
    /** Readers of one element each, so the deserializer is looked up once, not once per object. */
    private static final ObjectReader OBJECT_READER = MAPPER.readerFor(SchemaObject.class);
    private static final ObjectReader DEPENDENCY_READER = MAPPER.readerFor(Dependency.class);
    private static final ObjectReader SIZE_READER = MAPPER.readerFor(RelationSize.class);
    private static final ObjectReader UNCOMPARED_READER = MAPPER.readerFor(Uncompared.class);
    private static final ObjectReader OWNER_READER = MAPPER.readerFor(Owner.class);
    private static final String HOW = "write it with 'pgdrift snapshot --db URL --out FILE'";

    private SnapshotFile() {
    }

    public static void write(Snapshot snapshot, OutputStream out) {
        SnapshotJson.Document document = new SnapshotJson.Document(SnapshotJson.FORMAT, snapshot.formatVersion(),
                snapshot.server(), snapshot.database(),
                snapshot.takenAt() == null ? null : snapshot.takenAt().toString(), snapshot.objects(),
                snapshot.dependencies(), snapshot.sizes(), snapshot.uncompared(), snapshot.owners());
        try {
            MAPPER.writeValue(out, document);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the snapshot", e);
        }
    }

    /**
     * Refuses, with a clear error, a file that is not a pgdrift snapshot or of an unknown format version. The file
     * is read as a stream, one object at a time, so reading costs about the memory of the snapshot itself and
     * never a JSON tree of the whole file (several times larger).
     */
    public static Snapshot read(Path file) {
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = MAPPER.createParser(new BufferedInputStream(in, 1 << 16))) {
            return read(parser, file);
        } catch (NoSuchFileException e) {
            throw new PgdriftException("cannot read snapshot file " + file + ": no such file; check the path or " + HOW);
        } catch (StreamReadException e) {
            throw new PgdriftException("snapshot file " + file + " is not valid JSON ("
                    + location(e) + "); " + HOW, e);
        } catch (DatabindException | DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw new PgdriftException("snapshot file " + file + " is damaged: "
                    + firstLine(e.getMessage()) + "; " + HOW, e);
        } catch (IOException e) {
            throw new PgdriftException("cannot read snapshot file " + file + ": " + e.getMessage()
                    + "; check the path and its permissions", e);
        }
    }

    /** The top level field by field; format and version come first in every file this class writes. */
    private static Snapshot read(JsonParser parser, Path file) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw notASnapshot(file);
        }
        boolean format = false;
        Integer version = null;
        TextPool pool = new TextPool();
        ObjectReader objectReader = OBJECT_READER.withAttribute(SnapshotJson.POOL, pool);
        ObjectReader dependencyReader = DEPENDENCY_READER.withAttribute(SnapshotJson.POOL, pool);
        ServerInfo server = null;
        String database = null;
        Instant takenAt = null;
        List<SchemaObject> objects = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        List<RelationSize> sizes = new ArrayList<>();
        List<Uncompared> uncompared = new ArrayList<>();
        List<Owner> owners = new ArrayList<>();
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            if (field.equals("format")) {
                format = value == JsonToken.VALUE_STRING && SnapshotJson.FORMAT.equals(parser.getText());
                if (!format) {
                    throw notASnapshot(file);
                }
                continue;
            }
            if (field.equals("formatVersion")) {
                version = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                if (version == null || version != Snapshot.FORMAT_VERSION) {
                    throw new PgdriftException("snapshot file " + file + " has format version " + parser.getText()
                            + ", this pgdrift reads version " + Snapshot.FORMAT_VERSION
                            + "; take the snapshot again with this pgdrift");
                }
                continue;
            }
            if (!format) {
                throw notASnapshot(file);
            }
            switch (field) {
                case "server" -> server = MAPPER.readValue(parser, ServerInfo.class);
                case "database" -> database = parser.getValueAsString();
                case "takenAt" -> takenAt = value == JsonToken.VALUE_NULL ? null : Instant.parse(parser.getText());
                case "objects" -> readArray(parser, objectReader, objects);
                case "dependencies" -> readArray(parser, dependencyReader, dependencies);
                case "sizes" -> readArray(parser, SIZE_READER.withAttribute(SnapshotJson.POOL, pool), sizes);
                case "uncompared" -> readArray(parser, UNCOMPARED_READER, uncompared);
                case "owners" -> readArray(parser, OWNER_READER, owners);
                default -> throw new IllegalArgumentException("unknown field \"" + field + "\"");
            }
        }
        if (!format) {
            throw notASnapshot(file);
        }
        if (version == null) {
            throw new IllegalArgumentException("no \"formatVersion\"");
        }
        return new Snapshot(version, server, database, takenAt, objects, dependencies, sizes, uncompared, owners);
    }

    private static <T> void readArray(JsonParser parser, ObjectReader reader, List<T> into) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("\"" + parser.currentName() + "\" is not a list");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            into.add(reader.readValue(parser));
        }
    }

    private static PgdriftException notASnapshot(Path file) {
        return new PgdriftException("file " + file + " is not a pgdrift snapshot (no \"format\": \""
                + SnapshotJson.FORMAT + "\"); " + HOW);
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
