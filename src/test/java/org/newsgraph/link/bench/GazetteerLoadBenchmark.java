package org.newsgraph.link.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import org.newsgraph.lexicon.Gazetteer;

/**
 * Prints what the shipped gazetteer costs: load time (first and warmed-up) and the heap it keeps.
 * Run: java -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 * org.newsgraph.link.bench.GazetteerLoadBenchmark [data/gazetteer]
 */
public final class GazetteerLoadBenchmark {
    private GazetteerLoadBenchmark() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/gazetteer");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = usedHeap();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        Gazetteer first = Gazetteer.load(dir);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        long firstCpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long kept = usedHeap() - before;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = threads.getCurrentThreadCpuTime();
            Gazetteer.load(dir);
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - t) / 1_000_000);
        }
        System.out.printf("gazetteer %s: %d states, %d persons, %d organizations, %d parties%n", dir,
                first.states().size(), first.persons().size(), first.organizations().size(), first.parties().size());
        // CPU time of the loading thread: wall time says more about the machine's load than the gazetteer.
        System.out.printf("first load %d ms wall, %d ms CPU; warmed-up load %d ms CPU; heap kept %.1f MiB%n",
                firstMillis, firstCpuMillis, best, kept / 1024.0 / 1024.0);
        if (first.persons().isEmpty()) throw new IllegalStateException("no persons");
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
