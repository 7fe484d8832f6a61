package io.pgdrift.app.job;

import io.pgdrift.agent.HazardPriority;
import io.pgdrift.agent.Review;
import io.pgdrift.agent.Reviewers;
import io.pgdrift.report.DriftReport;
import io.pgdrift.ticket.DraftDecorator;
import io.pgdrift.ticket.TicketDraft;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * Joins the agents to the ticket stage without either knowing the other: {@link PairRunner} announces the report
 * of the pair it is about to file, and when the ticket stage is about to create a ticket or rewrite it for a new
 * fingerprint it calls {@link #decorate}, which asks the agents about that report and puts the note in front of
 * the description and triage's priority on the draft. The description's brief, the footer and the fingerprint
 * stay as pgdrift wrote them. Pairs run on several threads, so reports are kept per pair name.
 */
public final class AgentReview implements DraftDecorator {
    /** No agents and no automatic priority: every draft is written as it is. */
    public static final AgentReview NONE = new AgentReview(Reviewers.NONE, pair -> false);

    private final Reviewers reviewers;
    private final Predicate<String> autoPriority;
    private final ConcurrentMap<String, DriftReport> filing = new ConcurrentHashMap<>();

    /** @param autoPriority true for a pair whose routing says {@code priority: auto} */
    public AgentReview(Reviewers reviewers, Predicate<String> autoPriority) {
        this.reviewers = reviewers;
        this.autoPriority = autoPriority;
    }

    /**
     * The draft with the priority its hazards earn ({@link HazardPriority}) when the pair's priority is
     * {@code auto}; triage's answer, if any, replaces it in {@link #decorate}.
     */
    TicketDraft withAutoPriority(DriftReport report, TicketDraft draft) {
        return autoPriority.test(draft.pair()) ? draft.withPriority(HazardPriority.of(report).linear()) : draft;
    }

    public Reviewers reviewers() {
        return reviewers;
    }

    /** The report of a pair whose draft is about to be handed to the ticket stage. */
    void filing(DriftReport report) {
        if (reviewers.any() && !report.identical()) {
            filing.put(report.context().pair(), report);
        }
    }

    void filed(String pair) {
        filing.remove(pair);
    }

    /** What the agents say about a report, for a dry run that shows the note without writing anything. */
    Review preview(DriftReport report) {
        return reviewers.review(report);
    }

    @Override
    public TicketDraft decorate(TicketDraft draft) {
        DriftReport report = filing.get(draft.pair());
        if (report == null || !report.fingerprint().equals(draft.fingerprint())) {
            return draft;
        }
        Review review = reviewers.review(report);
        TicketDraft described = draft.withDescription(review.prependTo(draft.description()));
        return review.priority().map(priority -> described.withPriority(priority.linear())).orElse(described);
    }
}
