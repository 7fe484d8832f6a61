package io.pgdrift.plan.kind;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link TypeChange}'s "rewrite" against PostgreSQL itself: for each pair of declared types, a column with a row
 * is altered from one to the other, and the table's relfilenode says whether the server rewrote it. The texts
 * given to {@link TypeChange} are the server's own {@code format_type} of the two columns, as the catalog reads
 * them. A hazard that claims a rewrite PostgreSQL does not do, or misses one it does, fails here.
 */
class TypeChangeRewriteTest {
    /** Declared from, declared to, and a value both can hold. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"interval minute", "interval", "'5 minutes'"},
            new String[] {"interval day to second(2)", "interval", "'1 day 1.25 s'"},
            new String[] {"interval day to second(2)", "interval day to second(4)", "'1 day 1.25 s'"},
            new String[] {"interval day to second(4)", "interval day to second(2)", "'1 day 1.25 s'"},
            new String[] {"interval year", "interval year to month", "'1 year'"},
            new String[] {"interval minute", "interval hour", "'5 minutes'"},
            new String[] {"interval(3)", "interval minute", "'1.5 s'"},
            new String[] {"interval(3)", "interval", "'1.5 s'"},
            new String[] {"interval", "interval(3)", "'1.5 s'"},
            new String[] {"interval hour to minute", "interval day to second", "'1 hour'"},
            new String[] {"time(2)", "time", "'10:00'"},
            new String[] {"timestamp(3)", "timestamp(1)", "'2026-01-01'"},
            new String[] {"varchar(10)", "varchar(20)", "'x'"},
            new String[] {"varchar(20)", "text", "'x'"},
            new String[] {"numeric(10,2)", "numeric(12,2)", "1"},
            new String[] {"numeric(10,2)", "numeric(10,3)", "1"});

    static List<Integer> ends() {
        return PostgresServers.ends();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("ends")
    void theRewriteFlagIsWhatPostgresDoes(int major) throws SQLException {
        TestDatabase db = PostgresServers.server(major).createDatabase("retype");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String[] pair : PAIRS) {
                s.execute("DROP TABLE IF EXISTS t");
                s.execute("CREATE TABLE t (c " + pair[0] + ")");
                s.execute("INSERT INTO t VALUES (" + pair[2] + ")");
                String fromText = text(s, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                        + "WHERE attrelid = 't'::regclass AND attname = 'c'");
                String before = text(s, "SELECT relfilenode::text FROM pg_class WHERE oid = 't'::regclass");
                s.execute("ALTER TABLE t ALTER COLUMN c TYPE " + pair[1]);
                String toText = text(s, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                        + "WHERE attrelid = 't'::regclass AND attname = 'c'");
                boolean rewritten = !before.equals(text(s, "SELECT relfilenode::text FROM pg_class "
                        + "WHERE oid = 't'::regclass"));

                assertThat(TypeChange.of(fromText, toText).rewrite())
                        .as("%s to %s on PostgreSQL %d (the server %s)", fromText, toText, major,
                                rewritten ? "rewrote the table" : "did not rewrite")
                        .isEqualTo(rewritten);
            }
        } finally {
            db.drop();
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
