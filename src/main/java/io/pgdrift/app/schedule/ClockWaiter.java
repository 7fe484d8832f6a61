package io.pgdrift.app.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits on the wall clock, re-reading it at least every minute so a clock adjustment is noticed. A wake is
 * final: the scheduler wakes its waiter only to stop, so a wake that comes before the wait still counts.
 */
public final class ClockWaiter implements Waiter {
    private static final long MAX_WAIT_MILLIS = Duration.ofMinutes(1).toMillis();
    private final Clock clock;
    private boolean woken;

    public ClockWaiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void waitUntil(Instant when) throws InterruptedException {
        while (!woken && clock.instant().isBefore(when)) {
            // round up: returning a fraction of a millisecond early would look like an early wake-up
            long millis = Duration.between(clock.instant(), when).plusNanos(999_999).toMillis();
            wait(Math.max(1, Math.min(millis, MAX_WAIT_MILLIS)));
        }
    }

    @Override
    public synchronized void wake() {
        woken = true;
        notifyAll();
    }
}
