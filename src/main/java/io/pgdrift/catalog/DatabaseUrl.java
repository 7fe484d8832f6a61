package io.pgdrift.catalog;

/**
 * Where a database is and how to log in: parsed from a libpq URI ({@code postgresql://user:pass@host:5432/db?sslmode=require})
 * or a {@code jdbc:postgresql:} URL. The password may come from the URL, {@code PGPASSWORD} or {@code ~/.pgpass}.
 * {@link #toString()} and {@link #masked()} never show the password.
 */
public final class DatabaseUrl {
    private final String masked;

    private DatabaseUrl(String masked) {
        this.masked = masked;
    }

    /** Parses a URL; throws {@link io.pgdrift.PgdriftException} naming the (masked) URL and what is wrong. */
    public static DatabaseUrl parse(String url) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** True when the text looks like a database URL rather than a snapshot file path. */
    public static boolean looksLikeUrl(String text) {
        return text.startsWith("postgresql://") || text.startsWith("postgres://") || text.startsWith("jdbc:postgresql:");
    }

    /** The URL with the password replaced by {@code ***}: safe for logs, errors and briefs. */
    public String masked() {
        return masked;
    }

    @Override
    public String toString() {
        return masked;
    }
}
