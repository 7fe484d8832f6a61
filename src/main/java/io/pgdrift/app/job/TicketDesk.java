package io.pgdrift.app.job;

import io.pgdrift.ticket.TicketDraft;
import io.pgdrift.ticket.TicketOutcome;
import io.pgdrift.ticket.TicketSync;
import java.util.Optional;

/**
 * Where a pair's drift is filed: Linear through {@link #linear}, or the local {@link OutboxDesk} when there is no
 * Linear (the demo, a config without a {@code linear} section).
 */
@FunctionalInterface
public interface TicketDesk {
    /** @param draft null when the pair is identical */
    TicketOutcome sync(String pair, TicketDraft draft, boolean dryRun);

    /**
     * Files what the desk kept for a pair that could not be compared tonight (a database was unreachable): a
     * brief Linear refused on an earlier night must not wait for both the database and Linear to be up on the
     * same night. Empty when nothing is kept, and for a desk that keeps nothing back.
     */
    default Optional<TicketOutcome> deliverKept(String pair) {
        return Optional.empty();
    }

    /** Linear, through the ticket protocol; briefs it could not take are kept in the outbox and sent later. */
    static TicketDesk linear(TicketSync sync) {
        return new TicketDesk() {
            @Override
            public TicketOutcome sync(String pair, TicketDraft draft, boolean dryRun) {
                return sync.sync(pair, draft, dryRun);
            }

            @Override
            public Optional<TicketOutcome> deliverKept(String pair) {
                return sync.deliverKept(pair);
            }
        };
    }
}
