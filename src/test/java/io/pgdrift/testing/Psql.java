package io.pgdrift.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real {@code psql} client, run as an operator applies a migration: {@code psql -X -q -v ON_ERROR_STOP=1 -f FILE}.
 * Scenario files load through it too, so that {@code CREATE INDEX CONCURRENTLY}, {@code BEGIN ATOMIC} bodies and
 * {@code DO} blocks load exactly as written.
 */
public final class Psql {

    /** What psql returned, with its stdout and stderr together. */
    public record Output(int exit, String out) {
    }

    private Psql() {
    }

    /** {@code psql -X -q -v ON_ERROR_STOP=1 -f script} against {@code db}: exactly how a brief says to apply it. */
    public static Output apply(TestDatabase db, Path script) {
        return Tools.run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db.uri(), "-f", script.toString()));
    }

    /** Loads scenario files in order; a file that does not load is a broken test, not a pgdrift failure. */
    public static TestDatabase load(TestDatabase db, Path... files) {
        for (Path file : files) {
            Output loaded = apply(db, file);
            if (loaded.exit() != 0) {
                throw new IllegalStateException("cannot load " + file + " into " + db.name() + " (PostgreSQL "
                        + db.server().major() + "): " + loaded.out());
            }
        }
        return db;
    }

    /** Loads SQL text, as {@link #load(TestDatabase, Path...)} loads a file. */
    public static TestDatabase load(TestDatabase db, String sql) {
        try {
            Path script = Files.createTempFile("pgdrift-load", ".sql");
            try {
                Files.writeString(script, sql, StandardCharsets.UTF_8);
                return load(db, script);
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
