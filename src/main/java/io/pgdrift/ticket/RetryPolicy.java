package io.pgdrift.ticket;

import java.time.Duration;

/**
 * How hard the client tries before giving up on one call: a bounded number of attempts and a bounded total
 * time, exponential backoff with jitter between attempts, and at most {@code maxRateLimitWait} for a rate limit
 * to reset. Tests use tiny values; the defaults suit a nightly job.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRateLimitWait,
                          Duration totalBudget, Duration requestTimeout, Duration connectTimeout) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5),
                Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRateLimitWait, totalBudget, requestTimeout,
                connectTimeout);
    }

    public RetryPolicy withRequestTimeout(Duration timeout) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRateLimitWait, totalBudget, timeout,
                connectTimeout);
    }

    /** The pause before attempt {@code failedAttempts + 1}: doubling from the initial backoff, capped, half jittered. */
    Duration backoff(int failedAttempts, double random) {
        long base = initialBackoff.toMillis();
        long cap = maxBackoff.toMillis();
        long delay = base;
        for (int i = 1; i < failedAttempts && delay < cap; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, cap);
        return Duration.ofMillis(delay / 2 + (long) (random * (delay - delay / 2)));
    }
}
