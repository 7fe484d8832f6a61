package io.pgdrift.acceptance;

import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PostgreSQL client tools installed on the machine ({@code psql}, {@code pg_dump}), as an operator runs them. */
final class Psql {
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    private Psql() {
    }

    record Output(int exit, String out) {
    }

    /** {@code psql -X -q -v ON_ERROR_STOP=1 -f script} against {@code db}: exactly how a brief says to apply it. */
    static Output applyScript(TestDatabase db, Path script) {
        return run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost",
                "-p", String.valueOf(db.server().port()), "-U", "postgres", "-d", db.name(), "-f", script.toString()));
    }

    /** Loads a script into {@code db} with psql (so that CONCURRENTLY, BEGIN ATOMIC bodies and DO blocks load as written). */
    static TestDatabase load(TestDatabase db, String sql) {
        try {
            Path script = Files.createTempFile("pgdrift-acceptance", ".sql");
            try {
                Files.writeString(script, sql, StandardCharsets.UTF_8);
                Output loaded = applyScript(db, script);
                if (loaded.exit() != 0) {
                    throw new IllegalStateException("cannot load into " + db.name() + ": " + loaded.out() + "\n" + sql);
                }
                return db;
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code pg_dump --schema-only} of {@code db}, or empty when the installed pg_dump is older than the server. */
    static Optional<String> dumpSchema(TestDatabase db) {
        if (pgDumpMajor() < db.server().major()) {
            return Optional.empty();
        }
        Output dump = run(List.of("pg_dump", "--schema-only", "-h", "localhost", "-p",
                String.valueOf(db.server().port()), "-U", "postgres", db.name()));
        if (dump.exit() != 0) {
            throw new IllegalStateException("pg_dump failed: " + dump.out());
        }
        return Optional.of(dump.out());
    }

    private static int pgDumpMajorCache = -1;

    static synchronized int pgDumpMajor() {
        if (pgDumpMajorCache < 0) {
            Output version = run(List.of("pg_dump", "--version"));
            Matcher m = VERSION.matcher(version.out());
            pgDumpMajorCache = version.exit() == 0 && m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
        return pgDumpMajorCache;
    }

    private static Output run(List<String> command) {
        try {
            Path output = Files.createTempFile("pgdrift-acceptance", ".out");
            try {
                Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                process.getOutputStream().close();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command.get(0) + " did not end");
                }
                return new Output(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            if (command.contains("--version")) {
                return new Output(127, "");
            }
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
