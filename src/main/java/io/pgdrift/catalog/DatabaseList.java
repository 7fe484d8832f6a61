package io.pgdrift.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The databases of a server that accept connections (templates left out), read from {@code pg_database} over
 * the same read-only connection every catalog read uses. Discovery turns them into pairs.
 */
public final class DatabaseList {
    private static final String QUERY = "SELECT datname FROM pg_catalog.pg_database"
            + " WHERE datallowconn AND NOT datistemplate ORDER BY datname";

    private DatabaseList() {
    }

    /** Names in byte order; throws {@link io.pgdrift.PgdriftException} with a one-line reason. */
    public static List<String> read(DatabaseUrl server) {
        Connection connection = Connections.openReadOnly(server);
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(QUERY)) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            connection.rollback();
            return names;
        } catch (SQLException e) {
            throw new io.pgdrift.PgdriftException("listing the databases of " + server.masked() + " failed: "
                    + ConnectionFailure.reason(server, e) + "; check that the server is reachable and retry", e);
        } finally {
            Connections.closeQuietly(connection);
        }
    }
}
