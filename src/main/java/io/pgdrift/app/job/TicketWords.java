package io.pgdrift.app.job;

import io.pgdrift.ticket.TicketOutcome;

/** The ticket part of a summary line: {@code ENG-123 updated}, {@code would create a ticket}. */
final class TicketWords {
    private TicketWords() {
    }

    static String describe(TicketOutcome outcome, boolean dryRun) {
        if (outcome == null) {
            return "";
        }
        String ticket = outcome.identifier() == null ? "ticket" : outcome.identifier();
        String would = dryRun ? "would " : "";
        return switch (outcome.action()) {
            case NOTHING -> "";
            case CREATED -> dryRun ? "would create a ticket" : ticket + " created";
            case UNCHANGED -> ticket + " unchanged";
            case UPDATED -> dryRun ? would + "update " + ticket : ticket + " updated";
            case RESOLVED -> dryRun ? would + "resolve " + ticket : ticket + " resolved";
            case ACCEPTED -> "drift accepted in " + ticket + " (canceled), nothing filed";
            case KEPT_IN_OUTBOX -> outcome.outboxFile() == null ? "brief kept in the outbox"
                    : (dryRun ? "would write " : "brief written to ") + outcome.outboxFile();
        };
    }
}
