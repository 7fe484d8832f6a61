package io.pgdrift.ticket;

/**
 * A last touch on a pair's draft just before pgdrift writes it to Linear, for work too costly to do every night:
 * the {@code app} stage wires the optional agents here (a reviewer's note prepended to the description, a
 * priority from triage), and {@code ticket} stays free of any knowledge of them.
 *
 * <p>{@link TicketSync} calls it only when a ticket is about to be <em>created</em> or its description
 * <em>rewritten because the fingerprint changed</em> — never on a night whose drift is unchanged, never for a
 * resolution, never in a dry run — and once per pair and run (twice only in the rare run that
 * finds another run filed the pair's ticket with other drift a moment before). The draft it returns is written as is:
 * it must keep the pair and the fingerprint (a different one is refused, so a ticket never churns because a
 * decoration changed), and its {@link TicketDraft#priority()} (null: leave the ticket's priority) is sent
 * unless the configuration fixes the priority ({@code priority: 0-4}). It runs on the pair's thread; several
 * pairs may call it at once.
 */
@FunctionalInterface
public interface DraftDecorator {
    /** Writes the draft unchanged. */
    DraftDecorator NONE = draft -> draft;

    TicketDraft decorate(TicketDraft draft);
}
