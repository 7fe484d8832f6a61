package io.pgdrift.plan;

import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The real {@code psql} client, as a user applies a migration: {@code psql -X -q -v ON_ERROR_STOP=1 -f FILE}. */
final class Psql {

    record Result(int exitCode, String output) {
    }

    private Psql() {
    }

    static Result run(TestDatabase db, Path file) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db.uri(), "-f",
                file.toString());
        pb.redirectErrorStream(true);
        pb.environment().put("PGOPTIONS", "-c client_min_messages=warning");
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    /** Loads a scenario file; a scenario that does not load is a broken test, not a planner failure. */
    static void apply(TestDatabase db, Path file) throws IOException, InterruptedException {
        Result result = run(db, file);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("cannot load " + file.getFileName() + " into " + db.name() + ": "
                    + result.output());
        }
    }
}
