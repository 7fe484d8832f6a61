package io.pgdrift.app.config;

import io.pgdrift.PgdriftException;
import io.pgdrift.catalog.DatabaseUrl;

/**
 * A server to discover databases on: a database URL whose database is the one pgdrift lists {@code pg_database}
 * from (usually {@code postgres}), and from which the URL of every other database on the server is made by
 * replacing the database name, keeping user, password source, host list and parameters. Only URLs with a host
 * part qualify ({@code postgresql://}, {@code postgres://}, {@code jdbc:postgresql://}).
 *
 * <p>Not a record: the text it keeps may hold a password, and {@link #toString()} must show only the masked form.
 */
public final class ServerUrl {
    private final String text;
    private final DatabaseUrl listing;

    private ServerUrl(String text, DatabaseUrl listing) {
        this.text = text;
        this.listing = listing;
    }

    /** Parses and checks that databases can be substituted; throws {@link PgdriftException} with the reason. */
    public static ServerUrl parse(String text) {
        DatabaseUrl listing = DatabaseUrl.parse(text);
        String stripped = text.strip();
        if (stripped.startsWith("jdbc:postgresql:") && !stripped.startsWith("jdbc:postgresql://")) {
            throw new PgdriftException(listing.masked() + " names no host; discovery needs a URL such as "
                    + "postgresql://user@host:5432/postgres");
        }
        if (stripped.matches("(?s).*[?&]dbname=.*")) {
            throw new PgdriftException(listing.masked() + " sets dbname=; leave it out (discovery sets each database; "
                    + "the database in the URL path is the one the list is read from)");
        }
        return new ServerUrl(stripped, listing);
    }

    /** The database the list of databases is read from. */
    public DatabaseUrl listing() {
        return listing;
    }

    /** The same server, user and parameters with {@code database} in place of the listing database. */
    public DatabaseUrl database(String database) {
        int authority = text.indexOf("://") + 3;
        int end = firstOf(text, authority, '?', '#');
        int slash = text.indexOf('/', authority);
        int pathStart = slash >= 0 && slash < end ? slash : end;
        return DatabaseUrl.parse(text.substring(0, pathStart) + "/" + DatabaseUrl.encodePath(database) + text.substring(end));
    }

    private static int firstOf(String s, int from, char a, char b) {
        int i = s.indexOf(a, from);
        int j = s.indexOf(b, from);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    /** The masked server URL: safe for logs and errors. */
    @Override
    public String toString() {
        return listing.masked();
    }
}
