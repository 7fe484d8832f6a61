package io.pgdrift.agent;

import io.pgdrift.Redaction;
import io.pgdrift.report.DriftReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured agents, asked together about one report. Never throws and never holds a ticket back: an agent
 * that fails (timeout, HTTP error, refusal, empty or invalid answer) leaves its part of the {@link Review} empty
 * and one WARN line says why. Answers are kept by fingerprint ({@link AnswerCache}), so the same drift is paid
 * for once. Safe to call from several pairs' threads at once.
 */
public final class Reviewers {
    /** No agents configured: every review is {@link Review#NONE} and nothing is called. */
    public static final Reviewers NONE = new Reviewers(Optional.empty(), Optional.empty(), null);
    private static final Logger LOG = LoggerFactory.getLogger(Reviewers.class);

    private final Optional<Agent<ReviewerNote>> brief;
    private final Optional<Agent<Triage>> triage;
    private final AnswerCache cache;

    private Reviewers(Optional<Agent<ReviewerNote>> brief, Optional<Agent<Triage>> triage, AnswerCache cache) {
        this.brief = brief;
        this.triage = triage;
        this.cache = cache;
    }

    /** @param cacheDir where answers are kept by fingerprint (pgdrift uses a folder in the outbox) */
    public static Reviewers of(AgentsSettings settings, Path cacheDir) {
        if (settings.isEmpty()) {
            return NONE;
        }
        return new Reviewers(settings.brief().map(BriefAgent::new), settings.triage().map(TriageAgent::new),
                new AnswerCache(cacheDir));
    }

    public boolean any() {
        return brief.isPresent() || triage.isPresent();
    }

    /** The configured agents, brief first, for {@code pgdrift check}. */
    public List<Agent<?>> agents() {
        List<Agent<?>> all = new ArrayList<>();
        brief.ifPresent(all::add);
        triage.ifPresent(all::add);
        return all;
    }

    /** What the agents say about a drift; {@link Review#NONE} for an identical pair or without agents. */
    public Review review(DriftReport report) {
        if (!any() || report.identical()) {
            return Review.NONE;
        }
        return new Review(answer(brief, report, ReviewerNote.class), answer(triage, report, Triage.class));
    }

    private <A> Optional<A> answer(Optional<Agent<A>> agent, DriftReport report, Class<A> type) {
        return agent.flatMap(a -> cachedOrAsked(a, report, type));
    }

    private <A> Optional<A> cachedOrAsked(Agent<A> agent, DriftReport report, Class<A> type) {
        String pair = report.context().pair();
        Optional<A> cached = cache.get(agent.settings(), pair, report.fingerprint(), type);
        if (cached.isPresent()) {
            LOG.debug("{}: {} answer for fingerprint {} from the cache", pair, agent.settings().role().configName(),
                    report.fingerprint());
            return cached;
        }
        try {
            A answer = agent.ask(report);
            cache.put(agent.settings(), pair, report.fingerprint(), answer);
            LOG.info("{}: {} agent {} answered", pair, agent.settings().role().configName(), agent.settings().label());
            return Optional.of(answer);
        } catch (RuntimeException e) {
            LOG.warn("{}: {} agent gave no answer, the ticket goes without it: {}", pair,
                    agent.settings().role().configName(), Redaction.text(Redaction.reason(e), agent.settings().apiKey()));
            LOG.debug("{}: {} agent failure", pair, agent.settings().role().configName(), e);
            return Optional.empty();
        }
    }
}
