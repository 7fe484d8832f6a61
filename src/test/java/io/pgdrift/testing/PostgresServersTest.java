package io.pgdrift.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PostgresServersTest {

    static java.util.List<Integer> versions() {
        return PostgresServers.versions();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void eachMajorRunsItsOwnServer(int major) throws Exception {
        TestDatabase db = PostgresServers.server(major).createDatabase("fixture");
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(major);
        }
    }
}
