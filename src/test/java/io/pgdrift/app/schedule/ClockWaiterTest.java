package io.pgdrift.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClockWaiterTest {
    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    @Test
    void aTimeAlreadyReachedDoesNotWait() throws InterruptedException {
        new ClockWaiter(Clock.fixed(NOW, ZoneOffset.UTC)).waitUntil(NOW);
        new ClockWaiter(Clock.fixed(NOW, ZoneOffset.UTC)).waitUntil(NOW.minusSeconds(60));
    }

    @Test
    void wakeEndsAWaitForAFarTimeEvenWhenItComesFirst() throws Exception {
        ClockWaiter waiter = new ClockWaiter(Clock.fixed(NOW, ZoneOffset.UTC));
        CountDownLatch returned = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            try {
                waiter.waitUntil(NOW.plusSeconds(86_400));
                returned.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
        waiter.wake();
        assertThat(returned.await(30, TimeUnit.SECONDS)).isTrue();
        waiter.waitUntil(NOW.plusSeconds(86_400)); // a wake is final: later waits return at once too
    }
}
