package io.pgdrift.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Creates an empty database with a unique name (prefix kept for readable logs). Here and in {@link #copyOf},
     * 15 and later copy the template as files: their default copies it through the WAL, writing it all again.
     */
    public TestDatabase createDatabase(String prefix) {
        return create(prefix, major >= 15 ? " STRATEGY FILE_COPY" : "");
    }

    /**
     * Creates a copy of {@code template} (CREATE DATABASE … TEMPLATE): a file copy on the server, much cheaper
     * than loading the same script again. Nobody may be connected to the template meanwhile.
     */
    public TestDatabase copyOf(TestDatabase template, String prefix) {
        if (template.server() != this) {
            throw new IllegalArgumentException(template.name() + " lives on another server");
        }
        return create(prefix, " TEMPLATE \"" + template.name() + "\"" + (major >= 15 ? " STRATEGY FILE_COPY" : ""));
    }

    private TestDatabase create(String prefix, String template) {
        // 63 bytes is PostgreSQL's limit for a name; the counter keeps truncated names unique
        String readable = prefix.toLowerCase().replaceAll("[^a-z0-9_]+", "_");
        String suffix = "_" + major + "_" + COUNTER.incrementAndGet();
        String name = readable.substring(0, Math.min(readable.length(), 63 - suffix.length())) + suffix;
        try (Connection c = connectAdmin("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"" + template);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + template, e);
        }
        return new TestDatabase(this, name);
    }

    /** Drops a database of this server, closing any connection still open to it. */
    void drop(String name) {
        try (Connection c = connectAdmin("postgres"); Statement s = c.createStatement()) {
            boolean subscribes;
            try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT FROM pg_subscription s JOIN pg_database d"
                    + " ON d.oid = s.subdbid WHERE d.datname = '" + name.replace("'", "''") + "')")) {
                subscribes = rs.next() && rs.getBoolean(1);
            }
            if (subscribes) {
                dropSubscriptions(name);
            }
            s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name, e);
        }
    }

    /**
     * A database with subscriptions cannot be dropped, and a subscription with a slot connects to its publisher
     * to drop it: the test subscriptions have no publisher, so each lets go of its slot name first.
     */
    private void dropSubscriptions(String database) throws SQLException {
        try (Connection c = connectAdmin(database); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT quote_ident(subname) FROM pg_subscription"
                    + " WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String subscription : names) {
                s.execute("ALTER SUBSCRIPTION " + subscription + " DISABLE");
                s.execute("ALTER SUBSCRIPTION " + subscription + " SET (slot_name = NONE)");
                s.execute("DROP SUBSCRIPTION " + subscription);
            }
        }
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
