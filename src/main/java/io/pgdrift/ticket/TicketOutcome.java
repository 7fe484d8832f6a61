package io.pgdrift.ticket;

import java.nio.file.Path;

/**
 * What the ticket stage did (or, in a dry run, would do) for one pair.
 *
 * @param identifier the ticket's {@code ENG-123}, or null when there is none (or a dry run would create it)
 * @param outboxFile the brief kept locally when Linear could not take it, else null
 * @param failure    with {@link Action#KEPT_IN_OUTBOX}: the one-line reason Linear could not take the brief
 */
public record TicketOutcome(Action action, String identifier, String url, Path outboxFile, String failure) {
    public TicketOutcome(Action action, String identifier, String url, Path outboxFile) {
        this(action, identifier, url, outboxFile, null);
    }

    public enum Action {
        /** no drift and no open ticket */
        NOTHING,
        CREATED,
        /** drift unchanged since the open ticket was written */
        UNCHANGED,
        UPDATED,
        RESOLVED,
        /**
         * no open ticket, and the pair's last one was canceled with this very drift: a person accepted it, so
         * nothing is filed until the drift changes ({@code identifier} names the canceled ticket)
         */
        ACCEPTED,
        /** Linear failed after retries; the brief is in the outbox */
        KEPT_IN_OUTBOX
    }
}
