package io.pgdrift.acceptance;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code pg_dump --schema-only} script reduced to what the schema is: comments, session settings and ownership
 * dropped, statements sorted, and the column lines of each CREATE TABLE sorted (pgdrift, like the design, does not
 * treat column order as drift: a renamed column comes back at the end). Everything else must match exactly.
 */
final class SchemaDump {
    private SchemaDump() {
    }

    static List<String> normalise(String dump) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dump.split("\n")) {
            if (line.isBlank() || line.startsWith("--") || line.startsWith("\\restrict") || line.startsWith("\\unrestrict")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                String statement = current.toString();
                current.setLength(0);
                if (!isNoise(statement)) {
                    statements.add(sortColumns(statement));
                }
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString());
        }
        statements.sort(null);
        return statements;
    }

    private static boolean isNoise(String statement) {
        return statement.startsWith("SET ") || statement.startsWith("SELECT pg_catalog.set_config")
                || statement.matches("(?s)ALTER .* OWNER TO .*;\n");
    }

    private static String sortColumns(String statement) {
        if (!statement.startsWith("CREATE TABLE ") && !statement.startsWith("CREATE UNLOGGED TABLE ")) {
            return statement;
        }
        String[] lines = statement.split("\n");
        List<String> columns = new ArrayList<>();
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        int i = 1;
        while (i < lines.length && lines[i].startsWith("    ")) {
            columns.add(lines[i].endsWith(",") ? lines[i].substring(0, lines[i].length() - 1) : lines[i]);
            i++;
        }
        columns.sort(null);
        out.append(String.join(",\n", columns)).append('\n');
        for (; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
        }
        return out.toString();
    }
}
