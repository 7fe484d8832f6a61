package io.pgdrift.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * What one GraphQL error from Linear means for pgdrift. Read the way Linear's own SDK reads it (API-NOTES §7):
 * {@code extensions.type} first ({@code "invalid input"}, {@code "internal error"}, …), then {@code extensions.code}
 * (which varies for the same type: {@code INPUT_ERROR} or {@code INVALID_INPUT}), then the message, and the HTTP
 * status last — Linear answers a rate limit with HTTP 400 and an internal error with HTTP 200, so the status alone
 * says little.
 */
enum LinearError {
    /** {@code ratelimited}: wait for the reset headers, then retry. */
    RATE_LIMITED,
    /** internal, network or bootstrap error, lock timeout, 5xx: retry, and the call may have been applied. */
    TRANSIENT,
    /** {@code conflict on insert of Issue}: an entity with the client-chosen id exists already. */
    ALREADY_EXISTS,
    /** {@code Entity not found: Issue}: the id names nothing (or nothing this key can see). */
    NOT_FOUND,
    /** the input was refused, e.g. a description over a limit: the same call will fail again. */
    INVALID_INPUT,
    AUTHENTICATION,
    FORBIDDEN,
    OTHER;

    static LinearError of(int httpStatus, JsonNode error) {
        JsonNode ext = error.path("extensions");
        String type = lower(ext.path("type").asText(""));
        String code = ext.path("code").asText("").toUpperCase(Locale.ROOT);
        String text = lower(error.path("message").asText("") + " " + ext.path("userPresentableMessage").asText(""));
        if (type.equals("ratelimited") || code.equals("RATELIMITED") || ext.path("statusCode").asInt() == 429) {
            return RATE_LIMITED;
        }
        if (text.contains("conflict on insert")) {
            return ALREADY_EXISTS;
        }
        LinearError byType = switch (type) {
            case "internal error", "network error", "bootstrap error", "lock timeout" -> TRANSIENT;
            case "invalid input" -> input(text);
            case "authentication error" -> AUTHENTICATION;
            case "forbidden", "feature not accessible", "usage limit exceeded" -> FORBIDDEN;
            default -> null;
        };
        if (byType != null) {
            return byType;
        }
        LinearError byCode = switch (code) {
            case "INTERNAL_SERVER_ERROR", "INTERNAL_ERROR", "LOCK_TIMEOUT", "NETWORK_ERROR" -> TRANSIENT;
            case "INPUT_ERROR", "INVALID_INPUT", "BAD_USER_INPUT" -> input(text);
            case "AUTHENTICATION_ERROR", "UNAUTHENTICATED" -> AUTHENTICATION;
            case "FORBIDDEN" -> FORBIDDEN;
            default -> null;
        };
        if (byCode != null) {
            return byCode;
        }
        if (text.contains("entity not found") || text.contains("could not find")) {
            return NOT_FOUND;
        }
        if (text.contains("invalid input") || text.contains("argument validation error")) {
            return INVALID_INPUT;
        }
        return byStatus(httpStatus);
    }

    /** The SDK's reading of a bare status: 429 rate limit, 401 authentication, 403 forbidden, 5xx retry. */
    static LinearError byStatus(int httpStatus) {
        if (httpStatus == 429) {
            return RATE_LIMITED;
        }
        if (httpStatus == 401) {
            return AUTHENTICATION;
        }
        if (httpStatus == 403) {
            return FORBIDDEN;
        }
        return httpStatus >= 500 || httpStatus == 408 ? TRANSIENT : OTHER;
    }

    private static LinearError input(String text) {
        return text.contains("entity not found") || text.contains("could not find") ? NOT_FOUND : INVALID_INPUT;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
