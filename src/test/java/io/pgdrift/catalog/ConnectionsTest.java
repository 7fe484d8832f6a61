package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.PgdriftException;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Connections pgdrift opens are read-only with timeouts; failures are one line without the password. */
class ConnectionsTest {
    private static final String SECRET = "hunter2-secret";

    private static PgServer server() {
        return PostgresServers.server(PostgresServers.highest());
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void connectionIsReadOnlyWithTimeoutsAndApplicationName() throws SQLException {
        TestDatabase db = server().createDatabase("readonly");
        try (Connection c = Connections.openReadOnly(DatabaseUrl.parse(db.uri() + "?options=-c%20work_mem%3D7MB"))) {
            assertThat(setting(c, "default_transaction_read_only")).isEqualTo("on");
            assertThat(setting(c, "transaction_read_only")).isEqualTo("on");
            assertThat(setting(c, "transaction_isolation")).isEqualTo("repeatable read");
            assertThat(setting(c, "statement_timeout")).isEqualTo("5min");
            assertThat(setting(c, "lock_timeout")).isEqualTo("10s");
            assertThat(setting(c, "application_name")).isEqualTo("pgdrift");
            assertThat(setting(c, "work_mem")).isEqualTo("7MB");
            assertThat(c.getAutoCommit()).isFalse();
            c.rollback();
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("CREATE TABLE written (id int)"))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
            }
            c.rollback();
        }
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_class WHERE relname = 'written'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void applicationNameFromTheUrlIsKept() throws SQLException {
        TestDatabase db = server().createDatabase("appname");
        try (Connection c = Connections.openReadOnly(DatabaseUrl.parse(db.uri() + "?application_name=nightly-drift"))) {
            assertThat(setting(c, "application_name")).isEqualTo("nightly-drift");
        }
    }

    @Test
    void unreachablePort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "postgresql://app:" + SECRET + "@localhost:" + port + "/db";
        assertOneLine(url, "connection refused by localhost:" + port);
    }

    @Test
    void unknownHost() {
        assertOneLine("postgresql://app:" + SECRET + "@no-such-host.invalid/db", "unknown host no-such-host.invalid");
    }

    @Test
    void missingDatabase() {
        String url = "postgresql://postgres:" + SECRET + "@localhost:" + server().port() + "/no_such_database";
        assertOneLine(url, "database \"no_such_database\" does not exist");
    }

    @Test
    void sslRequiredByTheUrlButNotOffered() {
        String url = "postgresql://postgres:" + SECRET + "@localhost:" + server().port() + "/postgres?sslmode=require";
        assertOneLine(url, "SSL");
    }

    @Test
    void snapshotFailingHalfWayThrowsInsteadOfReturningPart() throws SQLException {
        TestDatabase db = server().createDatabase("locked")
                .execute("CREATE TABLE t (id int); CREATE VIEW v AS SELECT id FROM t");
        String url = "postgresql://postgres:" + SECRET + "@localhost:" + server().port() + "/" + db.name();
        try (Connection ddl = db.connect(); Statement s = ddl.createStatement()) {
            ddl.setAutoCommit(false);
            s.execute("LOCK TABLE v IN ACCESS EXCLUSIVE MODE");
            CatalogReader reader = new CatalogReader(Duration.ofMinutes(1), Duration.ofMillis(200));
            assertThatThrownBy(() -> reader.read(DatabaseUrl.parse(url)))
                    .isInstanceOf(PgdriftException.class)
                    .hasMessageStartingWith("reading the catalog of postgresql://postgres:***@localhost:")
                    .hasMessageContaining("lock_timeout")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("\n"));
            ddl.rollback();
        }
    }

    static PgdriftException assertOneLine(String url, String what) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        PgdriftException e = (PgdriftException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new CatalogReader().read(parsed));
        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .startsWith("cannot connect to " + parsed.masked() + ": ")
                .contains(what)
                .doesNotContain(SECRET)
                .doesNotContain("\n");
        assertThat(parsed.masked()).contains(":***@");
        return e;
    }
}
