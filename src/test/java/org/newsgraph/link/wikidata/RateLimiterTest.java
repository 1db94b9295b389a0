package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RateLimiter limiter = new RateLimiter(Duration.ofMillis(200), now::get, sleeper);

    @Test
    void theFirstRequestGoesAtOnce() throws InterruptedException {
        limiter.acquire();
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void aRequestRightAfterAnotherWaitsTheRestOfTheInterval() throws InterruptedException {
        limiter.acquire();
        now.addAndGet(Duration.ofMillis(50).toNanos());
        limiter.acquire();
        assertEquals(List.of(Duration.ofMillis(150)), sleeper.sleeps());
    }

    @Test
    void aRequestAfterTheIntervalDoesNotWait() throws InterruptedException {
        limiter.acquire();
        now.addAndGet(Duration.ofMillis(250).toNanos());
        limiter.acquire();
        assertEquals(List.of(), sleeper.sleeps());
    }
}
