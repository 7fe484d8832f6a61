package io.pgdrift.app.job;

import io.pgdrift.ticket.Outbox;
import io.pgdrift.ticket.TicketDraft;
import io.pgdrift.ticket.TicketOutcome;

/**
 * Files drift as local files instead of tickets, through the ticket stage's {@link Outbox}:
 * {@code <outbox>/<pair>-<fingerprint>.md} (the brief) and {@code .sql} (the migration). Used by the demo and
 * by a configuration without a {@code linear} section.
 */
public final class OutboxDesk implements TicketDesk {
    private final Outbox outbox;

    public OutboxDesk(java.nio.file.Path folder) {
        this.outbox = new Outbox(folder);
    }

    @Override
    public TicketOutcome sync(String pair, TicketDraft draft, boolean dryRun) {
        if (draft == null) {
            return new TicketOutcome(TicketOutcome.Action.NOTHING, null, null, null);
        }
        if (dryRun) {
            return new TicketOutcome(TicketOutcome.Action.KEPT_IN_OUTBOX, null, null, outbox.dir());
        }
        return new TicketOutcome(TicketOutcome.Action.KEPT_IN_OUTBOX, null, null, outbox.keep(draft));
    }
}
