package io.pgdrift.ticket;

import java.util.regex.Pattern;

/** Removes Linear credentials from any text that may reach a log, an exception or a ticket. */
final class Secrets {
    /** Personal keys start with {@code lin_api_}, OAuth tokens with {@code lin_oauth_}. */
    private static final Pattern LINEAR_TOKEN = Pattern.compile("lin_(api|oauth)_[A-Za-z0-9_\\-]+");

    private Secrets() {
    }

    static String redact(String text) {
        return text == null ? null : LINEAR_TOKEN.matcher(text).replaceAll("lin_$1_***");
    }

    static String redact(String text, String secret) {
        String out = redact(text);
        if (out != null && secret != null && secret.length() >= 4) {
            out = out.replace(secret, "***");
        }
        return out;
    }
}
