package io.pgdrift.app.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock the test moves, doubling as the scheduler's {@link Waiter}: waiting until an instant jumps the
 * clock there at once, so a schedule of days runs in microseconds and no test sleeps.
 */
final class ManualTime extends Clock implements Waiter {
    private volatile Instant now;
    private final List<Instant> waitedFor = new ArrayList<>();
    private Runnable onWait = () -> { };
    private volatile boolean woken;

    ManualTime(Instant start) {
        this.now = start;
    }

    /** Called on each wait, before the clock moves: a test stops the scheduler from here after N runs. */
    void onWait(Runnable action) {
        this.onWait = action;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    synchronized List<Instant> waitedFor() {
        return List.copyOf(waitedFor);
    }

    @Override
    public void waitUntil(Instant when) {
        synchronized (this) {
            waitedFor.add(when);
        }
        onWait.run();
        if (!woken && when.isAfter(now)) {
            now = when;
        }
    }

    @Override
    public void wake() {
        woken = true;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("not needed by the scheduler");
    }
}
