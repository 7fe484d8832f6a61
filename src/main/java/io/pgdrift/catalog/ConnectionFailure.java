package io.pgdrift.catalog;

import io.pgdrift.PgdriftException;
import io.pgdrift.Redaction;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import javax.net.ssl.SSLException;

/**
 * Turns a failed connection attempt into one line that names the database (masked) and says what to do. The
 * server's own message is included only after the password has been scrubbed from it.
 */
final class ConnectionFailure {
    private ConnectionFailure() {
    }

    static PgdriftException explain(DatabaseUrl url, SQLException e) {
        String where = "cannot connect to " + url.masked() + ": ";
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = reason(url, e);
        String line;
        if (state.equals("28P01") || reason.contains("password authentication failed")) {
            line = where + "password authentication failed for user \"" + url.user()
                    + "\"; check the password in the URL, PGPASSWORD or ~/.pgpass";
        } else if (reason.contains("no password was provided")) {
            line = where + "the server asks for a password and none was given; put it in the URL, PGPASSWORD or ~/.pgpass (mode 0600)";
        } else if (state.equals("28000")) {
            line = where + "the server refused user \"" + url.user() + "\" (" + reason
                    + "); check the user name and the server's pg_hba.conf";
        } else if (state.equals("3D000")) {
            line = where + "database \"" + url.database() + "\" does not exist; check the database name in the URL";
        } else if (state.equals("42501")) {
            line = where + "permission denied (" + reason + "); grant CONNECT on the database to user \""
                    + url.user() + "\"";
        } else if (state.equals("53300")) {
            line = where + "the server has no free connection slots; retry later or raise max_connections";
        } else if (has(e, SSLException.class) || reason.contains("SSL")) {
            line = where + "SSL negotiation failed (" + reason + "); check sslmode and sslrootcert in the URL";
        } else if (has(e, UnknownHostException.class)) {
            line = where + "unknown host " + hostList(url) + "; check the host name in the URL";
        } else if (has(e, SocketTimeoutException.class) || has(e, NoRouteToHostException.class)) {
            line = where + "no answer from " + hostList(url) + " within the connect timeout; check the host, port and firewall";
        } else if (has(e, ConnectException.class) || state.equals("08001")) {
            line = where + "connection refused by " + hostList(url) + "; check that the server runs and listens on that host and port";
        } else {
            line = where + reason + "; check the URL and that the server accepts connections";
        }
        return new PgdriftException(line, e);
    }

    /** The driver's message, first line only, with the password (when {@code url} is known) taken out. */
    static String reason(DatabaseUrl url, Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return Redaction.text(message, url == null ? null : url.password()).strip();
    }

    private static String hostList(DatabaseUrl url) {
        StringBuilder b = new StringBuilder();
        for (DatabaseUrl.HostPort hp : url.hosts()) {
            b.append(b.length() == 0 ? "" : ", ").append(hp.host()).append(':').append(hp.port());
        }
        return b.toString();
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
