package org.newsgraph.link.wikidata;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps at least a minimum interval between the starts of two requests, over all threads: the
 * Wikimedia API etiquette asks for requests in series and at a modest rate.
 */
final class RateLimiter {
    private final long minIntervalNanos;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private long lastStart;
    private boolean started;

    RateLimiter(Duration minInterval, LongSupplier nanoClock, Sleeper sleeper) {
        this.minIntervalNanos = minInterval.toNanos();
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /** Waits until the next request may start, and counts it as started. */
    synchronized void acquire() throws InterruptedException {
        long now = nanoClock.getAsLong();
        if (started) {
            long wait = lastStart + minIntervalNanos - now;
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
                now = nanoClock.getAsLong();
            }
        }
        lastStart = now;
        started = true;
    }
}
