package io.pgdrift.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.catalog.Connections;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Snapshot;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code deploy/sql/monitoring-role.sql}, applied with psql as the README says, creates a role that can take a
 * full snapshot with nothing but CONNECT; and a connection pgdrift opens cannot write, whatever the role may do.
 */
class MonitoringRoleTest {
    private static final String SCHEMA = """
            CREATE SCHEMA billing;
            CREATE TABLE billing.invoices (id bigint PRIMARY KEY, amount_cents integer NOT NULL CHECK (amount_cents >= 0));
            CREATE INDEX invoices_amount_idx ON billing.invoices (amount_cents);
            CREATE VIEW billing.big_invoices AS SELECT id FROM billing.invoices WHERE amount_cents > 100000;
            REVOKE ALL ON SCHEMA billing FROM PUBLIC;
            REVOKE ALL ON ALL TABLES IN SCHEMA billing FROM PUBLIC;
            """;

    static List<Integer> versions() {
        return PostgresServers.ends();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void theMonitoringRoleSnapshotsEverythingWithConnectOnly(int major) throws Exception {
        TestDatabase db = PostgresServers.server(major).createDatabase("monitor").execute(SCHEMA);
        Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-v", "monitor_password=m0nitor",
                "-h", "localhost", "-p", String.valueOf(db.server().port()), "-U", "postgres", "-d", db.name(),
                "-f", "deploy/sql/monitoring-role.sql").redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(psql.waitFor()).as(output).isZero();

        DatabaseUrl monitor = DatabaseUrl.parse("postgresql://pgdrift_monitor:m0nitor@localhost:" + db.server().port()
                + "/" + db.name());
        Snapshot snapshot = new CatalogReader().read(monitor);

        assertThat(snapshot.byKey()).containsKeys(ObjectKey.of(ObjectKind.TABLE, "billing", "invoices"),
                ObjectKey.of(ObjectKind.VIEW, "billing", "big_invoices"));
        assertThat(snapshot.objects()).anyMatch(o -> o.kind() == ObjectKind.INDEX
                && o.key().member().equals("invoices_amount_idx"));

        // the role itself holds no privilege on the data
        try (Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl(), "pgdrift_monitor", "m0nitor");
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM billing.invoices"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void aConnectionPgdriftOpensRefusesToWriteEvenAsSuperuser(int major) throws Exception {
        TestDatabase db = PostgresServers.server(major).createDatabase("readonly").execute(SCHEMA);
        try (Connection c = Connections.openReadOnly(DatabaseUrl.parse(db.uri())); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO billing.invoices VALUES (1, 10)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("read-only transaction");
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            assertThatThrownBy(() -> s.execute("CREATE TABLE billing.sneaky (id int)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("read-only transaction");
        }
        try (Connection admin = db.connect(); Statement s = admin.createStatement();
             var rows = s.executeQuery("SELECT count(*) FROM billing.invoices")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }
}
