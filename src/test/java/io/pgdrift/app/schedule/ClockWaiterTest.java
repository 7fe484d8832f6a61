package io.pgdrift.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The clock in these tests never moves: a waiter that waited on it would wait forever, so "returns" is checked
 * with a generous bound that only a wrong wait can exceed.
 */
class ClockWaiterTest {
    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void aTimeAlreadyReachedDoesNotWait() {
        ClockWaiter waiter = new ClockWaiter(Clock.fixed(NOW, ZoneOffset.UTC));
        assertTimeoutPreemptively(BOUND, () -> waiter.waitUntil(NOW));
        assertTimeoutPreemptively(BOUND, () -> waiter.waitUntil(NOW.minusSeconds(60)));
    }

    @Test
    void aWakeBeforeTheWaitStillEndsItAndEveryLaterOne() {
        ClockWaiter waiter = new ClockWaiter(Clock.fixed(NOW, ZoneOffset.UTC));
        waiter.wake();
        assertTimeoutPreemptively(BOUND, () -> waiter.waitUntil(NOW.plusSeconds(86_400)));
        assertTimeoutPreemptively(BOUND, () -> waiter.waitUntil(NOW.plusSeconds(86_400)));
    }

    @Test
    void aWakeEndsAWaitInProgress() throws Exception {
        CountDownLatch clockRead = new CountDownLatch(1);
        ClockWaiter waiter = new ClockWaiter(new WatchedClock(clockRead));
        CountDownLatch returned = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            try {
                waiter.waitUntil(NOW.plusSeconds(86_400));
                returned.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.setDaemon(true);
        thread.start();
        // the waiter reads the clock holding its monitor, which wake() needs: wake() gets in only once the
        // waiter has released it by waiting
        assertThat(clockRead.await(30, TimeUnit.SECONDS)).as("the waiter read the clock").isTrue();
        waiter.wake();
        assertThat(returned.await(30, TimeUnit.SECONDS)).as("the wait ended after wake()").isTrue();
    }

    /** A clock standing at NOW that says when it is first read. */
    private static final class WatchedClock extends Clock {
        private final CountDownLatch read;

        WatchedClock(CountDownLatch read) {
            this.read = read;
        }

        @Override
        public Instant instant() {
            read.countDown();
            return NOW;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
