package io.pgdrift.app;

import io.pgdrift.PgdriftException;
import io.pgdrift.catalog.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's two throw-away PostgreSQL servers (zonky's bundled binaries, so nothing needs installing), each
 * holding database {@code shop}: {@code demo/baseline.sql} (the release both ran), then {@code demo/staging.sql}
 * (migrations production has not run) or {@code demo/production.sql} (a hotfix made by hand).
 */
final class DemoServers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoServers.class);
    static final String DATABASE = "shop";

    private EmbeddedPostgres staging;
    private EmbeddedPostgres production;

    static DemoServers start() {
        DemoServers servers = new DemoServers();
        try {
            servers.staging = startLoaded("staging");
            servers.production = startLoaded("production");
            return servers;
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    DatabaseUrl stagingUrl() {
        return url(staging);
    }

    DatabaseUrl productionUrl() {
        return url(production);
    }

    private static DatabaseUrl url(EmbeddedPostgres server) {
        return DatabaseUrl.parse("postgresql://postgres@localhost:" + server.getPort() + "/" + DATABASE);
    }

    private static EmbeddedPostgres startLoaded(String side) {
        LOG.info("demo: starting the {} server", side);
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new PgdriftException("demo: cannot start an embedded PostgreSQL server (" + e.getMessage()
                    + "); the demo needs Linux or macOS and a writable temporary folder");
        }
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            close(server);
            throw new PgdriftException("demo: cannot create the " + side + " database: " + e.getMessage());
        }
        try (Connection c = server.getDatabase("postgres", DATABASE).getConnection(); Statement s = c.createStatement()) {
            s.execute(script("baseline"));
            s.execute(script(side));
        } catch (SQLException | IOException e) {
            close(server);
            throw new PgdriftException("demo: cannot load the " + side + " schema: " + e.getMessage());
        }
        LOG.info("demo: {} server up on port {}", side, server.getPort());
        return server;
    }

    private static String script(String side) throws IOException {
        try (InputStream in = DemoServers.class.getResourceAsStream("/demo/" + side + ".sql")) {
            if (in == null) {
                throw new IOException("resource demo/" + side + ".sql is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        close(staging);
        close(production);
    }

    private static void close(EmbeddedPostgres server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("demo: a server did not stop cleanly: {}", e.getMessage());
        }
    }
}
