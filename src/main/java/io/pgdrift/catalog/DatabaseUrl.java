package io.pgdrift.catalog;

import io.pgdrift.PgdriftException;
import io.pgdrift.Redaction;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a database is and how to log in: parsed from a libpq URI ({@code postgresql://user:pass@host:5432/db?sslmode=require})
 * or a {@code jdbc:postgresql:} URL. The password may come from the URL, {@code PGPASSWORD} or {@code ~/.pgpass}.
 * {@link #toString()} and {@link #masked()} never show the password.
 */
public final class DatabaseUrl {

    /** A server address; a URL may list several (libpq and pgjdbc both try them in order). */
    public record HostPort(String host, int port) {
    }

    static final String EXPECTED = "expected postgresql://user:password@host:5432/database";

    /** libpq URI parameters and the pgjdbc property each becomes ({@code null}: handled by the parser itself). */
    private static final Map<String, String> LIBPQ_PARAMS = Map.ofEntries(
            Map.entry("host", ""), Map.entry("hostaddr", ""), Map.entry("port", ""), Map.entry("dbname", ""),
            Map.entry("user", ""), Map.entry("password", ""), Map.entry("passfile", ""),
            Map.entry("sslmode", "sslmode"), Map.entry("sslrootcert", "sslrootcert"), Map.entry("sslcert", "sslcert"),
            Map.entry("sslkey", "sslkey"), Map.entry("sslpassword", "sslpassword"),
            Map.entry("connect_timeout", "connectTimeout"), Map.entry("options", "options"),
            Map.entry("application_name", "ApplicationName"),
            Map.entry("target_session_attrs", "targetServerType"), Map.entry("gssencmode", "gssEncMode"),
            Map.entry("keepalives", "tcpKeepAlive"), Map.entry("channel_binding", "channelBinding"));

    private final String masked;
    private final List<HostPort> hosts;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> properties;

    private DatabaseUrl(String masked, List<HostPort> hosts, String database, String user, String password,
                        Map<String, String> properties) {
        this.masked = masked;
        this.hosts = List.copyOf(hosts);
        this.database = database;
        this.user = user;
        this.password = password;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** Parses a URL; throws {@link io.pgdrift.PgdriftException} naming the (masked) URL and what is wrong. */
    public static DatabaseUrl parse(String url) {
        return parse(url, System.getenv(), null);
    }

    /**
     * Parses with an explicit environment ({@code PGPASSWORD}, {@code PGPASSFILE}, {@code PGUSER}, ...) and pgpass
     * file; {@code pgpass} null means {@code PGPASSFILE} or {@code ~/.pgpass}.
     */
    static DatabaseUrl parse(String url, Map<String, String> env, Path pgpass) {
        if (url == null || url.isBlank()) {
            throw malformed(url == null ? "" : url, "the URL is empty");
        }
        String text = url.strip();
        Parts parts;
        if (text.startsWith("jdbc:postgresql:")) {
            parts = parseJdbc(text);
        } else if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            parts = parseLibpq(text);
        } else {
            throw malformed(text, "unknown scheme (use postgresql://, postgres:// or jdbc:postgresql:)");
        }
        String user = firstNonEmpty(parts.user, env.get("PGUSER"), System.getProperty("user.name"));
        String database = firstNonEmpty(parts.database, env.get("PGDATABASE"), user);
        List<HostPort> hosts = parts.hosts.isEmpty()
                ? List.of(new HostPort(firstNonEmpty(env.get("PGHOST"), "localhost"),
                        port(text, firstNonEmpty(env.get("PGPORT"), "5432"))))
                : parts.hosts;
        String password = parts.password;
        if (password == null) {
            password = env.get("PGPASSWORD");
        }
        if (password == null) {
            Path file = pgpass != null ? pgpass : PgPass.location(env, parts.passfile);
            password = PgPass.lookup(file, hosts.get(0).host(), hosts.get(0).port(), database, user);
        }
        return new DatabaseUrl(Redaction.url(text), hosts, database, user, password, parts.properties);
    }

    /** True when the text looks like a database URL rather than a snapshot file path. */
    public static boolean looksLikeUrl(String text) {
        return text.startsWith("postgresql://") || text.startsWith("postgres://") || text.startsWith("jdbc:postgresql:");
    }

    /** The URL with the password replaced by {@code ***}: safe for logs, errors and briefs. */
    public String masked() {
        return masked;
    }

    public List<HostPort> hosts() {
        return hosts;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    /** The password from the URL, {@code PGPASSWORD} or pgpass, or null. Package-private: only for connecting. */
    String password() {
        return password;
    }

    /** pgjdbc connection properties taken from the URL (without user and password). */
    public Map<String, String> properties() {
        return properties;
    }

    /** The pgjdbc URL without credentials or properties: {@code jdbc:postgresql://host:5432/db}. */
    public String jdbcUrl() {
        StringBuilder b = new StringBuilder("jdbc:postgresql://");
        for (int i = 0; i < hosts.size(); i++) {
            HostPort hp = hosts.get(i);
            b.append(i == 0 ? "" : ",").append(hp.host().contains(":") ? "[" + hp.host() + "]" : hp.host())
                    .append(':').append(hp.port());
        }
        return b.append('/').append(encodePath(database)).toString();
    }

    @Override
    public String toString() {
        return masked;
    }

    static PgdriftException malformed(String url, String what) {
        return new PgdriftException("malformed database URL \"" + Redaction.url(url) + "\": " + what + "; " + EXPECTED);
    }

    private static final class Parts {
        final List<HostPort> hosts = new ArrayList<>();
        String user;
        String password;
        String database;
        String passfile;
        final Map<String, String> properties = new LinkedHashMap<>();
    }

    private static Parts parseLibpq(String text) {
        Parts parts = new Parts();
        String rest = text.substring(text.indexOf("://") + 3);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        if (rest.indexOf('/') >= 0 && rest.substring(rest.indexOf('/') + 1).contains("/")) {
            throw malformed(text, "the database name contains '/' (percent-encode it as %2F)");
        }
        authorityAndPath(text, rest, parts);
        if (query != null && !query.isEmpty()) {
            String portParam = null;
            List<String> hostParam = null;
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw malformed(text, "query parameter \"" + Redaction.url(pair) + "\" has no value");
                }
                String name = decode(text, pair.substring(0, eq));
                String value = decode(text, pair.substring(eq + 1));
                String property = LIBPQ_PARAMS.get(name);
                if (property == null) {
                    throw malformed(text, "unknown parameter \"" + name + "\"");
                }
                switch (name) {
                    case "host", "hostaddr" -> hostParam = List.of(value.split(","));
                    case "port" -> portParam = value;
                    case "dbname" -> parts.database = emptyToNull(value);
                    case "user" -> parts.user = emptyToNull(value);
                    case "password" -> parts.password = value;
                    case "passfile" -> parts.passfile = value;
                    case "target_session_attrs" -> parts.properties.put(property, targetServerType(text, value));
                    case "keepalives" -> parts.properties.put(property, String.valueOf(!value.equals("0")));
                    case "connect_timeout" -> parts.properties.put(property, String.valueOf(port(text, value, "connect_timeout")));
                    default -> parts.properties.put(property, value);
                }
            }
            if (hostParam != null) {
                parts.hosts.clear();
                for (String host : hostParam) {
                    if (host.startsWith("/")) {
                        throw malformed(text, "Unix-domain socket hosts are not supported; connect over TCP (host=localhost)");
                    }
                    parts.hosts.add(new HostPort(host, 5432));
                }
            }
            if (portParam != null) {
                List<HostPort> withPort = new ArrayList<>();
                String[] ports = portParam.split(",");
                for (int i = 0; i < parts.hosts.size() || i == 0 && parts.hosts.isEmpty(); i++) {
                    String host = parts.hosts.isEmpty() ? "localhost" : parts.hosts.get(i).host();
                    withPort.add(new HostPort(host, port(text, ports[Math.min(i, ports.length - 1)])));
                }
                parts.hosts.clear();
                parts.hosts.addAll(withPort);
            }
        }
        return parts;
    }

    /** {@code jdbc:postgresql://host:port/db?user=..&password=..} or {@code jdbc:postgresql:db}; other parameters are pgjdbc properties. */
    private static Parts parseJdbc(String text) {
        String rest = text.substring("jdbc:postgresql:".length());
        Parts parts = new Parts();
        if (rest.startsWith("//")) {
            String authorityAndPath = rest.substring(2);
            int query = authorityAndPath.indexOf('?');
            authorityAndPath(text, query >= 0 ? authorityAndPath.substring(0, query) : authorityAndPath, parts);
        } else {
            int q = rest.indexOf('?');
            String db = q >= 0 ? rest.substring(0, q) : rest;
            if (db.startsWith("/")) {
                throw malformed(text, "expected jdbc:postgresql://host:port/database");
            }
            parts.database = emptyToNull(decode(text, db));
        }
        int q = rest.indexOf('?');
        if (q >= 0) {
            for (String pair : rest.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(text, eq >= 0 ? pair.substring(0, eq) : pair);
                String value = eq >= 0 ? decode(text, pair.substring(eq + 1)) : "";
                switch (name) {
                    case "user" -> parts.user = emptyToNull(value);
                    case "password" -> parts.password = value;
                    default -> parts.properties.put(name, value);
                }
            }
        }
        return parts;
    }

    /** {@code user:password@host:port,host2/database}, the part both URL forms share. */
    private static void authorityAndPath(String text, String rest, Parts parts) {
        int slash = rest.indexOf('/');
        String authority = slash >= 0 ? rest.substring(0, slash) : rest;
        if (slash >= 0) {
            parts.database = emptyToNull(decode(text, rest.substring(slash + 1)));
        }
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userinfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userinfo.indexOf(':');
            parts.user = emptyToNull(decode(text, colon >= 0 ? userinfo.substring(0, colon) : userinfo));
            if (colon >= 0) {
                parts.password = decode(text, userinfo.substring(colon + 1));
            }
        }
        if (!authority.isEmpty()) {
            for (String hostPort : authority.split(",", -1)) {
                parts.hosts.add(hostPort(text, hostPort));
            }
        }
    }

    private static HostPort hostPort(String text, String hostPort) {
        if (hostPort.isEmpty()) {
            throw malformed(text, "empty host in the host list");
        }
        String host;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw malformed(text, "unterminated IPv6 address \"" + hostPort + "\"");
            }
            host = hostPort.substring(1, close);
            String after = hostPort.substring(close + 1);
            if (after.startsWith(":")) {
                port = after.substring(1);
            } else if (!after.isEmpty()) {
                throw malformed(text, "unexpected \"" + after + "\" after the IPv6 address");
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
            port = colon >= 0 ? hostPort.substring(colon + 1) : null;
        }
        host = decode(text, host);
        if (host.isEmpty()) {
            host = "localhost";
        }
        if (host.contains("/") || host.contains("@") || host.contains(" ")) {
            throw malformed(text, "invalid host \"" + host + "\"");
        }
        return new HostPort(host, port == null || port.isEmpty() ? 5432 : port(text, port));
    }

    private static int port(String text, String port) {
        return port(text, port, "port");
    }

    private static int port(String text, String value, String what) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0 || what.equals("port") && (n == 0 || n > 65535)) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw malformed(text, "invalid " + what + " \"" + value + "\"");
        }
    }

    private static String targetServerType(String text, String value) {
        return switch (value) {
            case "any" -> "any";
            case "read-write", "primary" -> "primary";
            case "read-only", "standby" -> "secondary";
            case "prefer-standby" -> "preferSecondary";
            default -> throw malformed(text, "unsupported target_session_attrs \"" + value + "\"");
        };
    }

    /** Percent-decoding as libpq does it: {@code %XX} only, {@code +} stays a plus. */
    static String decode(String text, String encoded) {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < encoded.length()) {
            int percent = encoded.indexOf('%', i);
            int end = percent < 0 ? encoded.length() : percent;
            bytes.writeBytes(encoded.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            if (percent + 2 >= encoded.length()) {
                throw malformed(text, "incomplete percent-encoding at the end of \"" + Redaction.url(encoded) + "\"");
            }
            int hi = Character.digit(encoded.charAt(percent + 1), 16);
            int lo = Character.digit(encoded.charAt(percent + 2), 16);
            if (hi < 0 || lo < 0) {
                throw malformed(text, "invalid percent-encoding \"" + encoded.substring(percent, percent + 3) + "\"");
            }
            bytes.write(hi * 16 + lo);
            i = percent + 3;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Percent-encodes a database name for a URL path: every byte but ASCII letters, digits, '_', '-' and '.'. */
    public static String encodePath(String database) {
        StringBuilder b = new StringBuilder();
        for (byte x : database.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' || c == '.') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
