package io.pgdrift.ticket;

/**
 * The Linear protocol for one database pair (DESIGN.md, "Linear protocol"): find the pair's open ticket,
 * then create, leave, update or resolve it.
 */
public final class TicketSync {

    /**
     * @param draft  the pair's drift, or null when staging and production are identical
     * @param dryRun decide and report the action, but call no mutation
     */
    public TicketOutcome sync(String pair, TicketDraft draft, boolean dryRun) {
        throw new UnsupportedOperationException("not built yet");
    }
}
