package io.pgdrift.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs an installed client program ({@code psql}, {@code pg_dump}) to its end and keeps what it printed. */
final class Tools {
    private Tools() {
    }

    /** Where Debian keeps each client major's programs; {@code /usr/bin/psql} is a Perl wrapper that picks one. */
    private static final Path DEBIAN_CLIENTS = Path.of("/usr/lib/postgresql");
    private static final Map<String, String> EXECUTABLES = new ConcurrentHashMap<>();

    /** Notices such as "table does not exist, skipping" are not what a test reads. */
    private static final String QUIET = "-c client_min_messages=warning";

    /**
     * The program to start for {@code name}: on Debian, the newest installed client's own binary, which is what
     * the wrapper on PATH would start, without the wrapper's Perl start-up on each of the thousands of calls a
     * test run makes; elsewhere the name itself, found on PATH.
     */
    static String executable(String name) {
        return EXECUTABLES.computeIfAbsent(name, n -> {
            if (!Files.isDirectory(DEBIAN_CLIENTS)) {
                return n;
            }
            try (Stream<Path> majors = Files.list(DEBIAN_CLIENTS)) {
                return majors.filter(m -> m.getFileName().toString().matches("\\d+"))
                        .filter(m -> Files.isExecutable(m.resolve("bin").resolve(n)))
                        .max(Comparator.comparingInt(m -> Integer.parseInt(m.getFileName().toString())))
                        .map(m -> m.resolve("bin").resolve(n).toString()).orElse(n);
            } catch (IOException e) {
                return n;
            }
        });
    }

    static Psql.Output run(List<String> command) {
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, executable(command.get(0)));
        try {
            Path output = Files.createTempFile("pgdrift-tool", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(resolved).redirectErrorStream(true)
                        .redirectOutput(output.toFile());
                builder.environment().put("PGOPTIONS", QUIET);
                Process process = builder.start();
                process.getOutputStream().close();
                if (!process.waitFor(3, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command.get(0) + " did not end within 3 minutes: " + command);
                }
                return new Psql.Output(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + " (Debian/Ubuntu: apt-get install "
                    + "postgresql-client)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + command.get(0) + " ran", e);
        }
    }
}
