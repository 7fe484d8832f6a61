package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.Psql;
import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader skips a kind's query when {@code presence.sql} says the database cannot hold one: that must never
 * hide an object. On an empty database and on the mutation base (which holds every kind pgdrift compares), every
 * kind query runs in full and a kind with rows must be reported present; on the base every skippable kind has
 * rows, so each test of {@code presence.sql} is exercised, and on the empty database every one says absent.
 */
class PresenceProbeTest {

    static List<Integer> majors() {
        return PostgresServers.ends();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void aKindWithRowsIsNeverSkipped(int major) throws Exception {
        var server = PostgresServers.server(major);
        TestDatabase empty = server.createDatabase("presence_empty");
        // the base has no subscription (a template copy would lose it: it lives in a shared catalog)
        TestDatabase base = Psql.load(server.createDatabase("presence_base"), mutationBase()
                + "\nCREATE SUBSCRIPTION presence_sub CONNECTION 'dbname=nowhere' PUBLICATION nothing"
                + " WITH (connect = false, slot_name = NONE);\n");
        try {
            Map<String, Integer> emptyRows = rowsPerKind(empty, major);
            Set<String> emptyAbsent = absent(empty, major);
            Set<String> probed = probedKinds(empty, major);
            assertThat(emptyAbsent).as("every skippable kind is absent from an empty database")
                    .containsExactlyInAnyOrderElementsOf(probed);
            for (String kind : probed) {
                assertThat(emptyRows.get(kind)).as("rows of %s on an empty database", kind).isZero();
            }

            Map<String, Integer> baseRows = rowsPerKind(base, major);
            Set<String> baseAbsent = absent(base, major);
            baseRows.forEach((kind, rows) -> {
                if (rows > 0) {
                    assertThat(baseAbsent).as("%s has %d rows on the mutation base but presence.sql says absent", kind, rows)
                            .doesNotContain(kind);
                }
            });
            for (String kind : probed) {
                assertThat(baseRows.get(kind)).as("the mutation base holds no %s, so its presence test is not"
                        + " exercised: add one to mutations/base.sql", kind).isPositive();
            }
        } finally {
            empty.drop();
            base.drop();
        }
    }

    /** Every column of presence.sql names a kind query. */
    private static Set<String> probedKinds(TestDatabase db, int major) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(CatalogSql.load("presence", major))) {
            Set<String> names = new TreeSet<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnLabel(i));
            }
            assertThat(CatalogReader.kindQueries()).as("presence.sql's columns name kind queries").containsAll(names);
            return names;
        }
    }

    private static Set<String> absent(TestDatabase db, int major) throws SQLException {
        try (Connection c = db.connect()) {
            return CatalogReader.absentKinds(c, major);
        }
    }

    /** Each kind query run in full, as the reader runs it (empty search_path), and its number of rows. */
    private static Map<String, Integer> rowsPerKind(TestDatabase db, int major) throws SQLException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select pg_catalog.set_config('search_path', '', true)");
            for (String kind : CatalogReader.kindQueries()) {
                int n = 0;
                try (ResultSet rs = s.executeQuery(CatalogSql.load(kind, major))) {
                    while (rs.next()) {
                        n++;
                    }
                }
                rows.put(kind, n);
            }
            c.rollback();
        }
        return rows;
    }

    private static String mutationBase() throws IOException {
        try (InputStream in = PresenceProbeTest.class.getResourceAsStream("/mutations/base.sql")) {
            assertThat(in).as("/mutations/base.sql on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
