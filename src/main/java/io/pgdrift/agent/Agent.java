package io.pgdrift.agent;

import io.pgdrift.report.DriftReport;

/**
 * A model asked one kind of question about a finished drift report. An agent sees the report only (changes,
 * DDL, hazards, server versions, pair name) — never a database URL, a password, a key or a row of data — and
 * its answer never changes the DDL, the hazards or the fingerprint.
 *
 * @param <A> what it answers
 */
public interface Agent<A> {
    AgentSettings settings();

    /** Asks the model; throws {@link AgentException} saying why there is no usable answer. */
    A ask(DriftReport report);

    /** One small question, for {@code pgdrift check}: returns the model that answered. */
    String ping();
}
