package io.pgdrift.app.schedule;

import java.time.Instant;

/**
 * How the scheduler waits for the next run. The real one waits for the wall clock; a test's moves its own
 * clock forward at once, so the schedule is driven without sleeping.
 */
public interface Waiter {
    /** Returns once the clock has reached {@code when} (never before it), or when {@link #wake()} was called. */
    void waitUntil(Instant when) throws InterruptedException;

    /** Ends a {@link #waitUntil} early (the scheduler is stopping). */
    void wake();
}
