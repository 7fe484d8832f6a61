package io.pgdrift.agent;

import io.pgdrift.PgdriftException;
import io.pgdrift.Redaction;

/** An agent gave no usable answer (timeout, HTTP error, refusal, empty or invalid answer); the message says which. */
public final class AgentException extends PgdriftException {
    private static final long serialVersionUID = 1L;

    AgentException(String message) {
        super(Redaction.text(message));
    }

    AgentException(String message, Throwable cause) {
        super(Redaction.text(message), cause);
    }
}
