package io.pgdrift.ticket;

import io.pgdrift.PgdriftException;
import io.pgdrift.Redaction;

/**
 * Linear refused or could not answer a call. The message is one line ({@code Linear: <what> (<code>)}) and never
 * contains the API key.
 */
public class LinearException extends PgdriftException {
    private final String code;
    private final LinearError kind;

    LinearException(String message, String code, LinearError kind, Throwable cause) {
        super(Redaction.text(message), cause);
        this.code = code;
        this.kind = kind;
    }

    static LinearException of(String what, String code) {
        return new LinearException("Linear: " + what + (code == null ? "" : " (" + code + ")"), code,
                LinearError.OTHER, null);
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
        return kind == LinearError.TRANSIENT || kind == LinearError.RATE_LIMITED;
    }

    LinearError kind() {
        return kind;
    }

    boolean isNotFound() {
        return kind == LinearError.NOT_FOUND;
    }

    boolean isInvalidInput() {
        return kind == LinearError.INVALID_INPUT;
    }

    /** Linear's {@code conflict on insert}: an entity with the client-chosen id exists already. */
    boolean isAlreadyExists() {
        return kind == LinearError.ALREADY_EXISTS;
    }
}
