package io.pgdrift.app.schedule;

import java.time.Instant;

/**
 * What {@code /healthz} reports: the last run's start, end and outcome, whether one is running, the next
 * run time, and how many runs were skipped because the previous one was still going.
 */
public record RunStatus(Instant lastStart, Instant lastEnd, String lastOutcome, boolean running, Instant nextRun,
                        int runs, int failedRuns, int skippedRuns) {
    static final RunStatus INITIAL = new RunStatus(null, null, null, false, null, 0, 0, 0);

    RunStatus next(Instant nextRun) {
        return new RunStatus(lastStart, lastEnd, lastOutcome, running, nextRun, runs, failedRuns, skippedRuns);
    }

    RunStatus started(Instant at) {
        return new RunStatus(at, lastEnd, lastOutcome, true, nextRun, runs, failedRuns, skippedRuns);
    }

    RunStatus finished(Instant at, String outcome, boolean failed) {
        return new RunStatus(lastStart, at, outcome, false, nextRun, runs + 1, failedRuns + (failed ? 1 : 0), skippedRuns);
    }

    RunStatus skipped(int count) {
        return new RunStatus(lastStart, lastEnd, lastOutcome, running, nextRun, runs, failedRuns, skippedRuns + count);
    }
}
