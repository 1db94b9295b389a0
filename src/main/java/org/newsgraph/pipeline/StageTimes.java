package org.newsgraph.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent in each {@link Stage}, summed over all worker threads, as wall-clock time and as the
 * CPU time of the thread doing the work. CPU time is reported beside wall time because on a busy
 * machine wall time mostly measures the other processes. Thread-safe.
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Stage, LongAdder> wallNanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> cpuNanos = new EnumMap<>(Stage.class);
    private final LongAdder tokens = new LongAdder();
    private final boolean cpuTimeAvailable;

    public StageTimes() {
        for (Stage stage : Stage.values()) {
            wallNanos.put(stage, new LongAdder());
            cpuNanos.put(stage, new LongAdder());
        }
        cpuTimeAvailable = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    }

    /** Runs {@code work} and adds its time to {@code stage}. */
    public <T> T time(Stage stage, Supplier<T> work) {
        long cpuStart = cpuNow();
        long wallStart = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - wallStart, cpuNow() - cpuStart);
        }
    }

    /** Runs {@code work} and adds its time to {@code stage}. */
    public void time(Stage stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** Adds time measured elsewhere. */
    public void add(Stage stage, long wallNanos, long cpuNanos) {
        this.wallNanos.get(stage).add(wallNanos);
        this.cpuNanos.get(stage).add(Math.max(0, cpuNanos));
    }

    /** Counts tokens analysed, for tokens per second. */
    public void addTokens(long count) {
        tokens.add(count);
    }

    public long tokens() {
        return tokens.sum();
    }

    public double wallSeconds(Stage stage) {
        return wallNanos.get(stage).sum() / 1e9;
    }

    /** CPU seconds of the threads that ran the stage; 0 when the JVM cannot measure thread CPU time. */
    public double cpuSeconds(Stage stage) {
        return cpuNanos.get(stage).sum() / 1e9;
    }

    /** CPU time of the current thread in nanoseconds, or 0 when the JVM cannot tell. */
    public long cpuNow() {
        return cpuTimeAvailable ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
