package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used Java heap on a daemon thread and remembers the highest value: the peak heap of
 * a run. Used heap includes garbage not yet collected, so the peak is an upper bound of what the
 * run needed; running with -Xmx shows the bound holds.
 */
public final class HeapWatcher implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 50;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatcher() {
        sampler = new Thread(this::sample, "heap-watcher");
        sampler.setDaemon(true);
    }

    /** Starts sampling now. */
    public static HeapWatcher start() {
        HeapWatcher watcher = new HeapWatcher();
        watcher.record();
        watcher.sampler.start();
        return watcher;
    }

    /** The highest used heap seen so far, in bytes. */
    public long peakBytes() {
        record();
        return peak.get();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    private void sample() {
        while (running) {
            record();
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record() {
        long used = memory.getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(used, Math::max);
    }
}
