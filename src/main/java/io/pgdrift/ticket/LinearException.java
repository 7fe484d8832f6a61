package io.pgdrift.ticket;

import io.pgdrift.PgdriftException;
import io.pgdrift.Redaction;

/**
 * Linear refused or could not answer a call. The message is one line ({@code Linear: <what> (<code>)}) and never
 * contains the API key.
 */
public class LinearException extends PgdriftException {
    private final String code;
    private final boolean transientFailure;

    LinearException(String message, String code, boolean transientFailure, Throwable cause) {
        super(Redaction.text(message), cause);
        this.code = code;
        this.transientFailure = transientFailure;
    }

    static LinearException of(String what, String code) {
        return new LinearException("Linear: " + what + (code == null ? "" : " (" + code + ")"), code, false, null);
    }

    /** Linear's {@code extensions.code} (e.g. {@code AUTHENTICATION_ERROR}), or null. */
    public String code() {
        return code;
    }

    /**
     * True when the failure is one retrying later could cure (network, 5xx, rate limit) and the retries ran out;
     * false for answers that will not change (bad key, unknown team, invalid input).
     */
    public boolean transientFailure() {
        return transientFailure;
    }

    boolean isNotFound() {
        String m = getMessage().toLowerCase(java.util.Locale.ROOT);
        return m.contains("not found") || m.contains("could not find");
    }

    boolean isInvalidInput() {
        String m = getMessage().toLowerCase(java.util.Locale.ROOT);
        return "INVALID_INPUT".equals(code) || m.contains("invalid input") || m.contains("validation error");
    }
}
