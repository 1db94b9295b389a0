package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10));

    @Test
    void backOffDoublesUpToTheCap() {
        assertEquals(Duration.ofSeconds(1), policy.delay(1, Optional.empty()));
        assertEquals(Duration.ofSeconds(2), policy.delay(2, Optional.empty()));
        assertEquals(Duration.ofSeconds(8), policy.delay(4, Optional.empty()));
        assertEquals(Duration.ofSeconds(10), policy.delay(5, Optional.empty()));
    }

    @Test
    void aLongerRetryAfterWinsButIsCapped() {
        assertEquals(Duration.ofSeconds(6), policy.delay(1, Optional.of(Duration.ofSeconds(6))));
        assertEquals(Duration.ofSeconds(4), policy.delay(3, Optional.of(Duration.ofSeconds(1))));
        assertEquals(Duration.ofSeconds(10), policy.delay(1, Optional.of(Duration.ofSeconds(3600))));
    }

    @Test
    void atLeastOneAttempt() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
    }
}
