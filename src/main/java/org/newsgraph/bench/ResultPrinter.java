package org.newsgraph.bench;

import java.io.PrintStream;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.StageTimes;

/** Prints benchmark results as plain text for people and for docs/performance.md. */
public final class ResultPrinter {
    private ResultPrinter() {
    }

    public static void printExtraction(ExtractionResult r, PrintStream out) {
        StageTimes times = r.times();
        out.printf("articles:    %d stored, %d failed; %,d tokens; %,d triples%n", r.articles(), r.failed(),
                times.tokens(), r.triples());
        out.printf("throughput:  %.2f articles/s, %,.0f tokens/s (%d workers, %.1f s from first article to last "
                + "stored; models loaded in %.1f s, not counted)%n", r.articlesPerSecond(), r.tokensPerSecond(),
                r.workers(), r.extractSeconds(), r.modelLoadSeconds());
        out.printf("cpu:         %.3f CPU s per article over all stages (%.1f CPU s in all)%n",
                r.cpuSecondsPerArticle(), r.cpuSeconds());
        out.printf("peak heap:   %s used (max heap %s)%n", Units.bytes(r.peakHeapBytes()),
                Units.bytes(Runtime.getRuntime().maxMemory()));
        out.printf("whole build: %.1f s with consolidation%s%n", r.totalSeconds(),
                times.wallSeconds(Stage.LOAD) > 0 ? " and bulk load" : "");
        out.println("stage          wall s   CPU s  CPU share   (wall summed over workers)");
        double cpuTotal = r.cpuSeconds();
        for (Stage stage : Stage.values()) {
            double wall = times.wallSeconds(stage);
            if (wall == 0) continue;
            double cpu = times.cpuSeconds(stage);
            out.printf("%-13s %7.1f %7.1f %9.1f%%%n", stage.label(), wall, cpu, cpuTotal > 0 ? 100 * cpu / cpuTotal : 0);
        }
        out.printf("load average at end: %.1f (%d cores)%n", r.loadAverageAtEnd(), Runtime.getRuntime().availableProcessors());
    }

    public static void printBaseline(ExtractionResult ours, BaselineResult base, PrintStream out) {
        out.printf("baseline:    %d articles, %,d tokens in %.1f s: %.3f articles/s, %,.0f tokens/s (1 thread); "
                        + "%.2f CPU s per article; peak heap %s; models loaded in %.1f s%n", base.articles(), base.tokens(),
                base.wallSeconds(), base.articlesPerSecond(), base.tokensPerSecond(), base.cpuSecondsPerArticle(),
                Units.bytes(base.peakHeapBytes()), base.modelLoadSeconds());
        out.printf("speed-up:    %.1fx articles/s, %.1fx tokens/s (wall clock, newsgraph with %d workers vs the "
                        + "baseline's 1 thread)%n", ratio(ours.articlesPerSecond(), base.articlesPerSecond()),
                ratio(ours.tokensPerSecond(), base.tokensPerSecond()), ours.workers());
        double oursCpuPerToken = ours.times().tokens() > 0 ? ours.cpuSeconds() / ours.times().tokens() : 0;
        double baseCpuPerToken = base.tokens() > 0 ? base.cpuSeconds() / base.tokens() : 0;
        out.printf("cpu saving:  %.1fx less CPU per article, %.1fx per token (robust to other load on the machine)%n",
                ratio(base.cpuSecondsPerArticle(), ours.cpuSecondsPerArticle()), ratio(baseCpuPerToken, oursCpuPerToken));
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 0;
    }
}
