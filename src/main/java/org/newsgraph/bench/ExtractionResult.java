package org.newsgraph.bench;

import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.StageTimes;

/**
 * What {@code bench extract} measured.
 *
 * @param articles          articles stored
 * @param failed            articles that failed or gave invalid graphs
 * @param workers           extraction threads
 * @param modelLoadSeconds  loading the language models (once per JVM, not in the rates)
 * @param extractSeconds    wall time from the first article read to the last one stored
 * @param totalSeconds      wall time of the whole build, with consolidation (and bulk load)
 * @param triples           triples written
 * @param times             time per stage, summed over workers
 * @param peakHeapBytes     highest used heap seen during the build
 * @param loadAverageAtEnd  the machine's load average when the build ended
 */
public record ExtractionResult(int articles, int failed, int workers, double modelLoadSeconds, double extractSeconds,
                               double totalSeconds, long triples, StageTimes times, long peakHeapBytes,
                               double loadAverageAtEnd) {

    public double articlesPerSecond() {
        return extractSeconds > 0 ? articles / extractSeconds : 0;
    }

    public double tokensPerSecond() {
        return extractSeconds > 0 ? times.tokens() / extractSeconds : 0;
    }

    /**
     * CPU seconds per article over every stage of the build: the cost of an article whatever else
     * the machine is doing.
     */
    public double cpuSecondsPerArticle() {
        return articles > 0 ? cpuSeconds() / articles : 0;
    }

    /** CPU seconds of all stages together. */
    public double cpuSeconds() {
        double sum = 0;
        for (Stage stage : Stage.values()) sum += times.cpuSeconds(stage);
        return sum;
    }
}
