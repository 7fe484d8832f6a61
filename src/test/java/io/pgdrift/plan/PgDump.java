package io.pgdrift.plan;

import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The independent check of a round trip: {@code pg_dump --schema-only} of a database, normalised so that only
 * schema differences remain: comments, SET lines and blank lines dropped, each statement's lines stripped of
 * trailing commas, the body of CREATE TABLE sorted (column order is not drift), and the statements sorted.
 */
final class PgDump {

    private PgDump() {
    }

    /** The normalised dumps of several databases, taken at the same time. */
    static List<List<String>> normalised(TestDatabase... databases) throws IOException, InterruptedException {
        List<Process> processes = new ArrayList<>();
        List<java.nio.file.Path> files = new ArrayList<>();
        for (TestDatabase db : databases) {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("pgdrift-dump", ".sql");
            files.add(file);
            processes.add(new ProcessBuilder("pg_dump", "--schema-only", "--no-owner", "--no-privileges",
                    "--no-tablespaces", "-f", file.toString(), "-d", db.uri()).redirectErrorStream(true).start());
        }
        List<List<String>> dumps = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            Process process = processes.get(i);
            String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pg_dump failed: " + messages);
            }
            dumps.add(normalised(java.nio.file.Files.readString(files.get(i))));
            java.nio.file.Files.deleteIfExists(files.get(i));
        }
        return dumps;
    }

    private static List<String> normalised(String dump) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dump.split("\n")) {
            if (line.isBlank() || line.startsWith("--") || line.startsWith("SET ")
                    || line.startsWith("SELECT pg_catalog.set_config") || line.startsWith("\\")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                statements.add(normalise(current.toString()));
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            statements.add(normalise(current.toString()));
        }
        statements.sort(null);
        return statements;
    }

    private static String normalise(String statement) {
        List<String> lines = new ArrayList<>(Arrays.stream(statement.split("\n"))
                .map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l)
                .map(PgDump::sortStorageParameters).toList());
        if (lines.get(0).startsWith("CREATE TABLE") || lines.get(0).startsWith("CREATE UNLOGGED TABLE")) {
            int last = lines.size() - 1;
            while (last > 0 && !lines.get(last).startsWith(")")) {
                last--;
            }
            if (last > 1) {
                lines.subList(1, last).sort(null);
            }
        }
        return String.join("\n", lines);
    }

    /** {@code WITH (b='1', a='2')}: the order parameters were set in is not schema. */
    private static String sortStorageParameters(String line) {
        String end = line.endsWith(");") ? ");" : ")";
        if (!line.startsWith("WITH (") || !line.endsWith(end)) {
            return line;
        }
        List<String> parameters = new ArrayList<>(List.of(line.substring(6, line.length() - end.length()).split(", ")));
        parameters.sort(null);
        return "WITH (" + String.join(", ", parameters) + end;
    }
}
