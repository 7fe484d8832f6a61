package io.pgdrift.ticket;

import java.time.Duration;

/** Waits between attempts; injected so that tests advance a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
