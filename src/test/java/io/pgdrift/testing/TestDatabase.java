package io.pgdrift.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A database created for one test on a {@link PgServer}. */
public record TestDatabase(PgServer server, String name) {

    /** libpq URI as users pass it to pgdrift, as superuser {@code postgres} (no password: trust). */
    public String uri() {
        return "postgresql://postgres@localhost:" + server.port() + "/" + name;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public Connection connect() throws SQLException {
        return server.connectAdmin(name);
    }

    /** Drops this database: a test that creates many (the scenario round trip) keeps the server's disk small. */
    public void drop() {
        server.drop(name);
    }

    /** Runs a script of one or more statements (simple query protocol, so several may be separated by ';'). */
    public TestDatabase execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on " + name + " (PostgreSQL " + server.major() + "): "
                    + e.getMessage() + "\n" + sql, e);
        }
        return this;
    }
}
