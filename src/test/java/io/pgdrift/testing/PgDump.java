package io.pgdrift.testing;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The independent check of a migration: {@code pg_dump --schema-only} of a database, reduced to what the schema
 * is. Dropped: comments, blank lines, session settings ({@code SET}, {@code set_config}), psql meta-commands
 * ({@code \restrict} carries a random key) and owners ({@code --no-owner}: pgdrift compares owners only when
 * asked). Sorted: the statements, the lines inside each CREATE TABLE (pgdrift does not treat column order as
 * drift: a column added later comes last) and the parameters of a {@code WITH (...)} line (the order storage
 * parameters were set in is not schema). Privileges are kept: they are schema, and so is a table's
 * access method, which pg_dump sets before the table. A subscription's connection
 * string and slot name are masked: pgdrift never reads them (the connection string must not leave the server),
 * and so is the value of a user mapping's password.
 */
public final class PgDump {
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    private static final String SET_ACCESS_METHOD = "SET default_table_access_method = ";
    private static final String DEFAULT_ACCESS_METHOD = "heap";
    private static volatile Optional<Integer> installedMajor;

    private PgDump() {
    }

    /**
     * Why the installed pg_dump cannot dump a server of this major (pg_dump refuses servers newer than itself),
     * or empty when it can.
     */
    public static Optional<String> cannotRead(int serverMajor) {
        Optional<Integer> installed = installedMajor();
        if (installed.isEmpty()) {
            return Optional.of("pg_dump is not installed (Debian/Ubuntu: apt-get install postgresql-client)");
        }
        if (installed.get() < serverMajor) {
            return Optional.of("the installed pg_dump " + installed.get() + " cannot dump PostgreSQL " + serverMajor);
        }
        return Optional.empty();
    }

    /** The major of the pg_dump on PATH, or empty when there is none. */
    public static Optional<Integer> installedMajor() {
        Optional<Integer> known = installedMajor;
        if (known == null) {
            Optional<Integer> found;
            try {
                Psql.Output version = Tools.run(List.of("pg_dump", "--version"));
                Matcher m = VERSION.matcher(version.out());
                found = version.exit() == 0 && m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
            } catch (UncheckedIOException notInstalled) {
                found = Optional.empty();
            }
            installedMajor = found;
            known = found;
        }
        return known;
    }

    /** The normalised schema-only dump of {@code db}; check {@link #cannotRead} first. */
    public static List<String> normalised(TestDatabase db) {
        Psql.Output dump = dump(db);
        if (dump.exit() == 0 && !dump.out().contains(COMPLETE)) {
            // once in one full run (2,700 dumps), a dump of a full database read back nearly empty with exit 0; a
            // dump without pg_dump's closing line is not a dump of the schema, so it is taken again, and failing
            // that is an error naming what came back, never a comparison of half a schema
            dump = dump(db);
            if (dump.exit() == 0 && !dump.out().contains(COMPLETE)) {
                throw new IllegalStateException("pg_dump of " + db.name() + " (PostgreSQL " + db.server().major()
                        + ") exited 0 twice without its closing line '" + COMPLETE + "'; it printed "
                        + dump.out().length() + " characters: " + dump.out().substring(0, Math.min(2000,
                        dump.out().length())));
            }
        }
        if (dump.exit() != 0) {
            throw new IllegalStateException("pg_dump of " + db.name() + " (PostgreSQL " + db.server().major()
                    + ") failed: " + dump.out());
        }
        return normalise(dump.out());
    }

    /** pg_dump's last comment: a dump without it was cut short. */
    private static final String COMPLETE = "-- PostgreSQL database dump complete";

    private static Psql.Output dump(TestDatabase db) {
        return Tools.run(List.of("pg_dump", "--schema-only", "--no-owner", "--no-tablespaces", "-d", db.uri()));
    }

    static List<String> normalise(String dump) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String accessMethod = DEFAULT_ACCESS_METHOD;
        for (String line : dump.split("\n")) {
            if (line.isBlank() || line.startsWith("--") || line.startsWith("\\")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                String statement = current.toString();
                current.setLength(0);
                if (statement.startsWith(SET_ACCESS_METHOD)) {
                    accessMethod = statement.substring(SET_ACCESS_METHOD.length()).strip().replace(";", "");
                } else if (!statement.startsWith("SET ") && !statement.startsWith("SELECT pg_catalog.set_config")) {
                    statements.add(normaliseStatement(statement) + usingClause(statement, accessMethod));
                }
            }
        }
        if (!current.isEmpty()) {
            statements.add(normaliseStatement(current.toString()));
        }
        statements.sort(null);
        return statements;
    }

    /** What pgdrift never reads of a subscription: its connection string and its slot (running state). */
    private static final Pattern SUBSCRIPTION_CONNECTION = Pattern.compile("CONNECTION '(?:[^']|'')*'");
    /** Nor the value of a user mapping's password: only that one is set (the migration fills in a placeholder). */
    private static final Pattern USER_MAPPING_PASSWORD = Pattern.compile("(?m)^(\\s+password )'(?:[^']|'')*'");
    private static final Pattern SUBSCRIPTION_SLOT = Pattern.compile(", slot_name = (?:'(?:[^']|'')*'|NONE)");
    /**
     * pg_dump gives a table's access method as a {@code SET default_table_access_method} before it, and the
     * settings are dropped: the method is kept as a {@code USING} line of the tables and materialized views
     * created under it.
     */
    private static String usingClause(String statement, String accessMethod) {
        boolean relation = statement.startsWith("CREATE TABLE") || statement.startsWith("CREATE UNLOGGED TABLE")
                || statement.startsWith("CREATE MATERIALIZED VIEW");
        return relation && !accessMethod.equals(DEFAULT_ACCESS_METHOD) ? "USING " + accessMethod + "\n" : "";
    }

    private static String normaliseStatement(String statement) {
        if (statement.startsWith("CREATE SUBSCRIPTION ")) {
            statement = SUBSCRIPTION_SLOT.matcher(SUBSCRIPTION_CONNECTION.matcher(statement)
                    .replaceFirst("CONNECTION '...'")).replaceFirst("");
        }
        if (statement.startsWith("CREATE USER MAPPING ")) {
            statement = USER_MAPPING_PASSWORD.matcher(statement).replaceAll("$1'...'");
        }
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

    /** {@code WITH (b='1', a='2')} and {@code WITH (a='2', b='1')} are the same table. */
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
