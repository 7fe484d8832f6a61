package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import io.pgdrift.model.Snapshot;
import io.pgdrift.model.Uncompared;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog reader counts what a database holds of the kinds no query of it compares, per kind and schema,
 * and leaves out what belongs to an extension: "identical" must never hide them.
 */
class UncomparedCensusTest {

    static List<Integer> majors() {
        return PostgresServers.ends();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void everyKindNotComparedIsCountedAndExtensionsKeepTheirs(int major) {
        PgServer server = PostgresServers.server(major);
        TestDatabase db = server.createDatabase("census").execute("""
                CREATE EXTENSION pg_trgm;
                CREATE SCHEMA billing;
                CREATE FUNCTION billing.add_int(integer, integer) RETURNS integer LANGUAGE sql AS 'SELECT $1 + $2';
                CREATE AGGREGATE billing.total(integer) (SFUNC = billing.add_int, STYPE = integer);
                CREATE AGGREGATE billing.total2(integer) (SFUNC = billing.add_int, STYPE = integer);
                CREATE AGGREGATE billing.total3(integer) (SFUNC = billing.add_int, STYPE = integer);
                CREATE COLLATION billing.german (provider = libc, locale = 'C');
                CREATE TABLE billing.invoice (id integer, a integer, b integer);
                CREATE RULE no_delete AS ON DELETE TO billing.invoice DO INSTEAD NOTHING;
                CREATE STATISTICS billing.invoice_ab ON a, b FROM billing.invoice;
                CREATE FUNCTION billing.same(integer, integer) RETURNS boolean LANGUAGE sql AS 'SELECT $1 = $2';
                CREATE OPERATOR billing.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = billing.same);
                CREATE TEXT SEARCH CONFIGURATION billing.plain (COPY = pg_catalog.simple);
                CREATE TYPE billing.mood_range AS RANGE (SUBTYPE = integer);
                CREATE FOREIGN DATA WRAPPER census_fdw;
                CREATE SERVER census_server FOREIGN DATA WRAPPER census_fdw OPTIONS (host 'example.invalid');
                CREATE USER MAPPING FOR CURRENT_USER SERVER census_server OPTIONS (password 'not-read');
                CREATE FOREIGN TABLE billing.remote (id integer) SERVER census_server;
                CREATE PUBLICATION census_pub FOR TABLE billing.invoice;
                ALTER DEFAULT PRIVILEGES IN SCHEMA billing GRANT SELECT ON TABLES TO PUBLIC;
                CREATE FUNCTION billing.to_int(billing.invoice) RETURNS integer LANGUAGE sql AS 'SELECT 1';
                CREATE CAST (billing.invoice AS integer) WITH FUNCTION billing.to_int(billing.invoice);
                CREATE ACCESS METHOD census_heap TYPE TABLE HANDLER heap_tableam_handler;
                CREATE FUNCTION billing.nth() RETURNS bigint WINDOW LANGUAGE internal AS 'window_row_number';
                CREATE FOREIGN TABLE billing.remote_doubled (a integer, b integer GENERATED ALWAYS AS (a * 2) STORED)
                    SERVER census_server;
                """);

        Snapshot snapshot = new CatalogReader().read(DatabaseUrl.parse(db.uri()));

        assertThat(snapshot.uncompared()).containsExactlyInAnyOrder(
                new Uncompared("generated column of a foreign table", "billing", 1));
        assertThat(new Uncompared("base type", "billing", 3).describe())
                .isEqualTo("3 base types in schema billing");
        assertThat(new Uncompared("publication", "", 1).describe()).isEqualTo("1 publication");
    }

    /**
     * Where a relation is stored is not compared (a tablespace is a place on one server, and pg_dump
     * --no-tablespaces leaves it out), so a table or index outside the default tablespace is counted instead.
     */
    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void relationsOutsideTheDefaultTablespaceAreCounted(int major, @TempDir Path dir) throws Exception {
        PgServer server = PostgresServers.server(major);
        String tablespace = "census_space_" + major + "_" + ProcessHandle.current().pid();
        Path location = Files.createDirectories(dir.resolve("space"));
        try {
            admin(server, "CREATE TABLESPACE " + tablespace + " LOCATION '" + location + "'");
        } catch (SQLException e) {
            abort("the test server cannot create a tablespace in a directory of this test: " + e.getMessage());
        }
        TestDatabase db = server.createDatabase("census_space");
        try {
            db.execute("CREATE SCHEMA store;"
                    + " CREATE TABLE store.placed (id int PRIMARY KEY USING INDEX TABLESPACE " + tablespace + ") TABLESPACE "
                    + tablespace + ";"
                    + " CREATE TABLE store.plain (id int PRIMARY KEY);");

            Snapshot snapshot = new CatalogReader().read(DatabaseUrl.parse(db.uri()));

            assertThat(snapshot.uncompared()).containsExactly(new Uncompared("tablespace placement", "store", 2));
            assertThat(snapshot.uncompared().get(0).describe()).isEqualTo("2 tablespace placements in schema store");
        } finally {
            db.drop();
            admin(server, "DROP TABLESPACE " + tablespace);
        }
    }

    private static void admin(PgServer server, String sql) throws SQLException {
        try (Connection c = server.connectAdmin("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
