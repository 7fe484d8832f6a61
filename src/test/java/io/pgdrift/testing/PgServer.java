package io.pgdrift.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** One running test server; hands out fresh databases so tests never share schema state. */
public final class PgServer {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final int major;
    private final EmbeddedPostgres postgres;

    PgServer(int major, EmbeddedPostgres postgres) {
        this.major = major;
        this.postgres = postgres;
    }

    public int major() {
        return major;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates an empty database with a unique name (prefix kept for readable logs). */
    public TestDatabase createDatabase(String prefix) {
        String name = (prefix + "_" + major + "_" + COUNTER.incrementAndGet()).toLowerCase();
        try (Connection c = connectAdmin("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new TestDatabase(this, name);
    }

    /** A superuser connection (user postgres, trust authentication) to any database of this server. */
    public Connection connectAdmin(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; nothing left to do with a server that will not stop
        }
    }
}
