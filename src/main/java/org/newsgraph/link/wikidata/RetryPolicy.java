package org.newsgraph.link.wikidata;

import java.time.Duration;
import java.util.Optional;

/**
 * How often and how long to wait before asking again after a 429, a 5xx, a maxlag error or a
 * timeout: exponential back-off from {@code firstDelay}, doubled each time up to {@code maxDelay};
 * a Retry-After the server sends wins when it is longer (also capped by {@code maxDelay}).
 *
 * @param maxAttempts attempts in all, the first one included (at least 1)
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }

    /** The wait before attempt {@code failedAttempts + 1}, after {@code failedAttempts} failures. */
    Duration delay(int failedAttempts, Optional<Duration> retryAfter) {
        Duration backoff = firstDelay.multipliedBy(1L << Math.min(20, Math.max(0, failedAttempts - 1)));
        Duration wait = retryAfter.filter(r -> r.compareTo(backoff) > 0).orElse(backoff);
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }
}
