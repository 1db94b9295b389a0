package org.newsgraph.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What CoreNLP's default full pipeline did on the benchmark's articles, passed from the baseline's
 * own JVM as one line of text.
 *
 * @param articles         articles annotated
 * @param tokens           tokens annotated
 * @param modelLoadSeconds loading its models (not in the rates)
 * @param wallSeconds      annotating the articles, one thread (CoreNLP's default)
 * @param cpuSeconds       CPU time of that thread
 * @param peakHeapBytes    highest used heap seen
 */
public record BaselineResult(int articles, long tokens, double modelLoadSeconds, double wallSeconds,
                             double cpuSeconds, long peakHeapBytes) {
    private static final String PREFIX = "BASELINE-RESULT";

    public double articlesPerSecond() {
        return wallSeconds > 0 ? articles / wallSeconds : 0;
    }

    public double tokensPerSecond() {
        return wallSeconds > 0 ? tokens / wallSeconds : 0;
    }

    public double cpuSecondsPerArticle() {
        return articles > 0 ? cpuSeconds / articles : 0;
    }

    /** The line the baseline JVM prints. */
    public String toLine() {
        return PREFIX + " articles=" + articles + " tokens=" + tokens + " load=" + modelLoadSeconds
                + " wall=" + wallSeconds + " cpu=" + cpuSeconds + " peakHeap=" + peakHeapBytes;
    }

    /** The result in a line printed by {@link #toLine()}; empty for any other line. */
    public static Optional<BaselineResult> parse(String line) {
        if (!line.startsWith(PREFIX + " ")) return Optional.empty();
        Map<String, String> fields = new HashMap<>();
        for (String pair : line.substring(PREFIX.length()).trim().split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) fields.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        try {
            return Optional.of(new BaselineResult(Integer.parseInt(fields.get("articles")),
                    Long.parseLong(fields.get("tokens")), Double.parseDouble(fields.get("load")),
                    Double.parseDouble(fields.get("wall")), Double.parseDouble(fields.get("cpu")),
                    Long.parseLong(fields.get("peakHeap"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
