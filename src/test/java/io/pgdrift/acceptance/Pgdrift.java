package io.pgdrift.acceptance;

import io.pgdrift.app.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the pgdrift command line as a user would: in this JVM for speed, or as its own {@code java} process when
 * the exit status, the separation of stdout and stderr and the absence of stack traces must be seen from outside.
 */
public record Pgdrift(int exit, String out, String err) {

    public static Pgdrift inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Pgdrift(exit, out.toString(), err.toString());
    }

    /** {@code java -cp <this test class path> io.pgdrift.app.Main args...}, in {@code dir}. */
    static Pgdrift process(Path dir, List<String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        for (String variable : environment) {
            int eq = variable.indexOf('=');
            builder.environment().put(variable.substring(0, eq), variable.substring(eq + 1));
        }
        try {
            Process process = builder.redirectOutput(dir.resolve("stdout").toFile())
                    .redirectError(dir.resolve("stderr").toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("pgdrift " + String.join(" ", args) + " did not end");
            }
            return new Pgdrift(process.exitValue(),
                    java.nio.file.Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
