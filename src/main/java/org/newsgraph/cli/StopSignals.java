package org.newsgraph.cli;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and kill (SIGTERM) ask a running server to stop, so that {@code serve} and
 * {@code up} stop it cleanly and end with status 0 as their help says, instead of the JVM's 130 or
 * 143 for a process ended by a signal. Where the platform does not let a program handle a signal (or
 * it was ignored when the program started, as for background jobs), the JVM's default stays.
 */
final class StopSignals {
    private final CountDownLatch stopRequested = new CountDownLatch(1);

    private StopSignals() {
    }

    /** Handles the stop signals from now on. */
    static StopSignals install() {
        StopSignals signals = new StopSignals();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                // the handler only records the request: the server is stopped by the waiting thread,
                // as Jetty does not stop completely from the signal dispatcher's thread
                Signal.handle(new Signal(name), signal -> signals.stopRequested.countDown());
            } catch (IllegalArgumentException | UnsupportedOperationException notHere) {
                // this signal cannot be handled here: it ends the JVM as usual
            }
        }
        return signals;
    }

    /** Blocks until Ctrl-C or kill. */
    void await() throws InterruptedException {
        stopRequested.await();
    }
}
