package io.pgdrift;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that hides secrets: passwords in database URLs and connection errors, Linear keys and LLM
 * provider keys. Every stage that writes text someone may read — log lines, error messages, briefs, tickets,
 * the outbox, prompts sent to an agent — passes it through here, so a new kind of secret is taught once.
 *
 * <p>Everything masked becomes {@code ***}, keeping enough around it (the scheme and user of a URL, the
 * {@code lin_api_} prefix of a key) for a reader to tell what was there. It errs on hiding too much.
 */
public final class Redaction {
    /** What a secret is replaced with. */
    public static final String MASK = "***";

    /** {@code scheme://user:password@}, in free text (a driver message quoting a URL, a library's exception). */
    private static final Pattern URL_PASSWORD =
            Pattern.compile("((?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]*:)[^@\\s]+@");
    /** {@code password=...} and {@code sslpassword=...} as URL query parameters, in free text. */
    private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)([?&;](?:ssl)?password=)[^&#\\s]*");
    /** The same within one URL, where the value runs to the next parameter even across a space. */
    private static final Pattern URL_QUERY_PASSWORD = Pattern.compile("(?i)([?&](?:ssl)?password=)[^&#]*");
    /** Linear personal API keys ({@code lin_api_}) and OAuth tokens ({@code lin_oauth_}). */
    private static final Pattern LINEAR_KEY = Pattern.compile("\\b(lin_(?:api|oauth)_)[A-Za-z0-9_-]+");
    /** OpenAI ({@code sk-…}, {@code sk-proj-…}) and Anthropic ({@code sk-ant-…}) API keys. */
    private static final Pattern PROVIDER_KEY = Pattern.compile("\\b(sk-(?:ant-|proj-)?)[A-Za-z0-9_-]{8,}");
    /** Credentials in HTTP headers as a library may echo them: {@code Authorization: Bearer …}, {@code x-api-key: …}. */
    private static final Pattern HEADER_CREDENTIAL =
            Pattern.compile("(?i)((?:authorization\"?\\s*[:=]\\s*\"?(?:bearer|basic)\\s+)|(?:x-api-key\"?\\s*[:=]\\s*\"?))[^\"\\s,;}\\]]+");
    /** A secret shorter than this is not searched for verbatim: it would mask ordinary words. */
    private static final int SHORTEST_KNOWN_SECRET = 4;

    private Redaction() {
    }

    /** {@code text} with every secret pgdrift knows the shape of masked; null stays null. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = URL_PASSWORD.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
        masked = QUERY_PASSWORD.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        masked = LINEAR_KEY.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        masked = PROVIDER_KEY.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return HEADER_CREDENTIAL.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /**
     * {@link #text(String)}, and also every occurrence of the given secrets themselves (a password a server
     * echoed without its URL, a key of an unknown shape). Secrets that are null or too short to search for are
     * skipped.
     */
    public static String text(String text, String... secrets) {
        String masked = text(text);
        if (masked == null) {
            return null;
        }
        for (String secret : secrets) {
            if (secret != null && secret.length() >= SHORTEST_KNOWN_SECRET) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }

    /**
     * One database URL with its password hidden, even when the URL is malformed: everything between the user
     * name and the last {@code @} of the authority (a password may itself hold {@code @} or {@code ?}), and
     * {@code password=} parameters.
     */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String result = url;
        int scheme = result.indexOf("://");
        if (scheme >= 0) {
            int start = scheme + 3;
            String rest = result.substring(start);
            int query = rest.indexOf('?');
            int at = query >= 0 ? rest.substring(0, query).lastIndexOf('@') : -1;
            if (at < 0) {
                at = rest.lastIndexOf('@');
            }
            if (at >= 0) {
                int colon = rest.substring(0, at).indexOf(':');
                if (colon >= 0) {
                    result = result.substring(0, start + colon + 1) + MASK + result.substring(start + at);
                }
            }
        }
        return URL_QUERY_PASSWORD.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /**
     * An error as one line for a summary, a checklist or a WARN: the first line of its message, masked. The
     * class name is kept for anything that is not a {@link PgdriftException} (those are unexpected, and the
     * name is often all a library's exception says).
     */
    public static String reason(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (!(error instanceof PgdriftException) && error.getMessage() != null) {
            message = error.getClass().getSimpleName() + ": " + message;
        }
        return text(message.lines().findFirst().orElse(message));
    }
}
