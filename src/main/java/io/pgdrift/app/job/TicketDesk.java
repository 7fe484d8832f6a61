package io.pgdrift.app.job;

import io.pgdrift.ticket.TicketDraft;
import io.pgdrift.ticket.TicketOutcome;

/**
 * Where a pair's drift is filed: Linear through {@code TicketSync::sync}, or the local {@link OutboxDesk}
 * when there is no Linear (the demo, a config without a {@code linear} section).
 */
@FunctionalInterface
public interface TicketDesk {
    /** @param draft null when the pair is identical */
    TicketOutcome sync(String pair, TicketDraft draft, boolean dryRun);
}
