package org.newsgraph.link.wikidata;

import java.time.Duration;

/** Waits; tests pass one that only records how long it was asked to wait. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
