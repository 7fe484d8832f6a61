package io.pgdrift;

/**
 * A failure the user can act on. The message is one line that names what failed (a database is named by
 * its masked URL, never with a password) and says how to fix it; the CLI prints it as is, and the stack
 * trace only with {@code --verbose}.
 */
public class PgdriftException extends RuntimeException {
    public PgdriftException(String message) {
        super(message);
    }

    public PgdriftException(String message, Throwable cause) {
        super(message, cause);
    }
}
