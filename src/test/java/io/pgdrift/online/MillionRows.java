package io.pgdrift.online;

import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The pair the online tests migrate: a production of a million orders, loaded once as a template database and
 * copied for each test (a file copy, far quicker than loading it again), and a staging with an index, a foreign
 * key, a NOT NULL, a CHECK and a UNIQUE more. One major, the highest tested, keeps the tests short.
 */
final class MillionRows {
    static final int ROWS = 1_000_000;

    static final String SCHEMA = """
            CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer, amount integer, code text);
            """;

    /** One row per write, its code unique (for the UNIQUE being added) and its customer existing (for the FK). */
    static final String WRITE = "INSERT INTO orders (id, customer_id, amount, code) "
            + "SELECT x, 7, 1, 'w' || x FROM (SELECT ?::bigint AS x) AS fresh";

    private static TestDatabase template;
    private static TestDatabase staging;

    private MillionRows() {
    }

    static synchronized TestDatabase staging() {
        if (staging == null) {
            staging = server().createDatabase("online_staging").execute(SCHEMA + """
                    CREATE INDEX orders_customer_idx ON orders (customer_id);
                    ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
                    ALTER TABLE orders ALTER COLUMN amount SET NOT NULL;
                    ALTER TABLE orders ADD CONSTRAINT orders_amount_check CHECK (amount >= 0);
                    ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE (code);
                    """);
        }
        return staging;
    }

    /** A fresh copy of production. */
    static synchronized TestDatabase production(String prefix) {
        TestDatabase source = template();
        TestDatabase copy = source.server().createDatabase(prefix);
        try (Connection c = source.server().connectAdmin("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + copy.name());
            s.execute("CREATE DATABASE " + copy.name() + " TEMPLATE " + source.name());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the production template", e);
        }
        return copy;
    }

    private static synchronized TestDatabase template() {
        if (template == null) {
            template = server().createDatabase("online_prod_template").execute(SCHEMA + """
                    INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 1000) g;
                    INSERT INTO orders SELECT g, g % 1000 + 1, g % 500, 'o' || g FROM generate_series(1, ROWS) g;
                    """.replace("ROWS", Integer.toString(ROWS))).execute("VACUUM ANALYZE");
        }
        return template;
    }

    private static PgServer server() {
        return PostgresServers.server(PostgresServers.highest());
    }
}
