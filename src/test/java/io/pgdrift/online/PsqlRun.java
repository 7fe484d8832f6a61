package io.pgdrift.online;

import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The installed {@code psql} applying a migration script exactly as the brief says
 * ({@code psql -v ON_ERROR_STOP=1 -f migration.sql}), under an application name of the test's choosing so that
 * the test can find its backend.
 */
final class PsqlRun {
    private final Process process;
    private final Path output;

    private PsqlRun(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static PsqlRun start(TestDatabase db, String script, String applicationName) {
        try {
            Path file = Files.createTempFile("pgdrift-online", ".sql");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Path output = Files.createTempFile("pgdrift-online", ".out");
            ProcessBuilder builder = new ProcessBuilder(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                    "-h", "localhost", "-p", String.valueOf(db.server().port()), "-U", "postgres", "-d", db.name(),
                    "-f", file.toString()))
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("PGAPPNAME", applicationName);
            Process process = builder.start();
            process.getOutputStream().close();
            return new PsqlRun(process, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean running() {
        return process.isAlive();
    }

    /** Waits for psql to end; its exit status (0 applied, 3 stopped on an error) and what it printed. */
    Result await() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("psql did not end within 5 minutes");
        }
        try {
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result apply(TestDatabase db, String script) throws InterruptedException {
        return start(db, script, "pgdrift-test-apply").await();
    }

    record Result(int exit, String output) {
    }
}
