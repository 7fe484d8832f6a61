package io.pgdrift.app.logging;

import java.util.regex.Pattern;

/**
 * Masks secrets in free text: the last line of defence, applied to every log line and summary. Errors are
 * written with masked URLs in the first place; this catches what slips through (a driver message quoting a
 * URL, an exception from a library).
 */
public final class Secrets {
    /** {@code postgresql://user:password@}, and the same in any other {@code scheme://} URL. */
    private static final Pattern URL_PASSWORD =
            Pattern.compile("((?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]*:)[^@\\s]+@");
    /** {@code ?password=...} or {@code &password=...} in a URL query. */
    private static final Pattern QUERY_PASSWORD = Pattern.compile("([?&;]password=)[^&\\s]+", Pattern.CASE_INSENSITIVE);
    /** Linear personal API keys and OAuth tokens. */
    private static final Pattern LINEAR_KEY = Pattern.compile("\\b(lin_(?:api|oauth)_)[A-Za-z0-9_-]+");

    private Secrets() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = URL_PASSWORD.matcher(text).replaceAll("$1***@");
        masked = QUERY_PASSWORD.matcher(masked).replaceAll("$1***");
        return LINEAR_KEY.matcher(masked).replaceAll("$1***");
    }

    /**
     * An error as a summary or checklist line can carry it: the first line of its message, masked; the class
     * name is kept for anything that is not a {@link io.pgdrift.PgdriftException} (those are unexpected).
     */
    public static String reason(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (!(error instanceof io.pgdrift.PgdriftException)) {
            message = error.getClass().getSimpleName() + ": " + message;
        }
        return mask(message.lines().findFirst().orElse(message));
    }
}
