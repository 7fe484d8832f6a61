package io.pgdrift.catalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Opens the only kind of connection pgdrift makes: read-only at the session level
 * ({@code default_transaction_read_only}) and the connection level, with a statement and a lock timeout so that a
 * busy production cannot hang the nightly job, in REPEATABLE READ so every catalog query sees one moment.
 */
public final class Connections {
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofMinutes(5);
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);
    static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;

    private Connections() {
    }

    /** Opens with the default timeouts. */
    public static Connection openReadOnly(DatabaseUrl url) {
        return openReadOnly(url, DEFAULT_STATEMENT_TIMEOUT, DEFAULT_LOCK_TIMEOUT);
    }

    /**
     * Opens a read-only, non-autocommit, REPEATABLE READ connection; throws {@link io.pgdrift.PgdriftException}
     * with one line naming the masked URL and a fix.
     */
    public static Connection openReadOnly(DatabaseUrl url, Duration statementTimeout, Duration lockTimeout) {
        Properties props = properties(url, statementTimeout, lockTimeout);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(url.jdbcUrl(), props);
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw ConnectionFailure.explain(url, e);
        }
    }

    static Properties properties(DatabaseUrl url, Duration statementTimeout, Duration lockTimeout) {
        Properties props = new Properties();
        for (Map.Entry<String, String> e : url.properties().entrySet()) {
            props.setProperty(e.getKey(), e.getValue());
        }
        if (url.user() != null) {
            props.setProperty("user", url.user());
        }
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        props.putIfAbsent("ApplicationName", "pgdrift");
        String connectTimeout = props.getProperty("connectTimeout");
        if (connectTimeout == null || connectTimeout.equals("0")) {
            connectTimeout = String.valueOf(DEFAULT_CONNECT_TIMEOUT_SECONDS);
        }
        props.setProperty("connectTimeout", connectTimeout);
        props.putIfAbsent("loginTimeout", connectTimeout);
        String ours = "-c default_transaction_read_only=on"
                + " -c statement_timeout=" + statementTimeout.toMillis()
                + " -c lock_timeout=" + lockTimeout.toMillis();
        String theirs = props.getProperty("options");
        props.setProperty("options", theirs == null || theirs.isBlank() ? ours : ours + " " + theirs.strip());
        return props;
    }

    static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one worth reporting
            }
        }
    }
}
