package io.pgdrift.ticket;

/**
 * One step of {@code pgdrift check --probe}: what was tried on the live workspace, whether Linear behaved as
 * the protocol assumes, and what was seen (or why it failed).
 */
public record ProbeStep(String name, boolean passed, String detail) {
}
