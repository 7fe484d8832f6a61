package io.pgdrift.app.job;

import io.pgdrift.ticket.TicketOutcome;

/** How one pair's night went; {@link #summary()} is its line on stdout. */
public sealed interface PairResult permits PairResult.Checked, PairResult.Suspicious, PairResult.Failed {

    String pair();

    /** True when the pair was checked and its result reported (a ticket written, left or resolved). */
    boolean ok();

    String summary();

    /** The result without its brief: what the job keeps until the summary, so a fleet's briefs are not all held. */
    default PairResult withoutBrief() {
        return this;
    }

    /**
     * Both sides read and compared.
     *
     * @param brief       the Markdown brief, empty when identical
     * @param ticketError why filing failed (the brief is then in the outbox if it could be written), else null
     */
    record Checked(String pair, int changes, String fingerprint, String brief, TicketOutcome ticket, boolean dryRun,
                   String ticketError) implements PairResult {
        @Override
        public boolean ok() {
            return ticketError == null;
        }

        @Override
        public String summary() {
            String drift = changes == 0 ? "identical" : changes + (changes == 1 ? " change" : " changes");
            if (ticketError != null) {
                return pair + ": " + drift + ", ticket failed — " + ticketError;
            }
            String ticketText = TicketWords.describe(ticket, dryRun);
            return pair + ": " + drift + (ticketText.isEmpty() ? "" : ", " + ticketText);
        }

        @Override
        public PairResult withoutBrief() {
            return new Checked(pair, changes, fingerprint, "", ticket, dryRun, ticketError);
        }
    }

    /** One side empty beside a populated other: probably the wrong database, so no ticket is filed. */
    record Suspicious(String pair, String reason) implements PairResult {
        @Override
        public boolean ok() {
            return false;
        }

        @Override
        public String summary() {
            return pair + ": suspicious comparison — " + reason;
        }
    }

    /** A snapshot failed (or something else stopped the pair): no report. */
    record Failed(String pair, String reason) implements PairResult {
        @Override
        public boolean ok() {
            return false;
        }

        @Override
        public String summary() {
            return pair + ": " + reason;
        }
    }
}
