package io.pgdrift.app.job;

import java.util.List;

/**
 * Every pair's result of one run, in configuration order (briefs already dropped), and the summary lines about
 * discovered databases that could not be paired.
 */
public record JobResult(List<PairResult> pairs, List<FleetNote> notes) {
    public JobResult {
        pairs = List.copyOf(pairs);
        notes = List.copyOf(notes);
    }

    public JobResult(List<PairResult> pairs) {
        this(pairs, List.of());
    }

    /** True when every pair was checked and reported, and discovery listed every server. */
    public boolean ok() {
        return pairs.stream().allMatch(PairResult::ok) && notes.stream().noneMatch(FleetNote::failure);
    }

    /** {@code run}'s exit code: 0 when every pair was checked and reported, 1 otherwise. */
    public int exitCode() {
        return ok() ? 0 : 1;
    }

    /** One line for the scheduler's log and health endpoint: {@code 3 pairs, 1 failed}. */
    public String outline() {
        long failed = pairs.stream().filter(p -> !p.ok()).count() + notes.stream().filter(FleetNote::failure).count();
        return pairs.size() + (pairs.size() == 1 ? " pair" : " pairs") + (failed == 0 ? ", all reported" : ", " + failed + " failed");
    }
}
