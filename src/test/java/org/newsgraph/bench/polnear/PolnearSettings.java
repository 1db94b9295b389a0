package org.newsgraph.bench.polnear;

import java.nio.file.Path;

/**
 * The benchmark's options, read from system properties so that one Maven command line sets them
 * (Surefire hands {@code -Dname=value} on to the test JVM).
 *
 * @param compartment {@code polnear.dir}: the PolNeAR compartment, default ../shared/bench/polnear/test
 * @param limit       {@code polnear.limit}: score only the first N texts
 * @param coreNlp     {@code polnear.corenlp=false} skips CoreNLP, {@code polnear.reuseCoreNlp=true}
 *                    reuses CoreNLP results of an earlier run
 * @param doc         {@code polnear.doc}: the Markdown file whose section is rewritten, default docs/quality.md
 * @param cacheFile   where CoreNLP results are kept between runs
 */
record PolnearSettings(Path compartment, int limit, PolnearRun.CoreNlpMode coreNlp, Path doc, Path cacheFile) {
    static final Path DEFAULT_COMPARTMENT = Path.of("..", "shared", "bench", "polnear", "test");

    static PolnearSettings fromSystemProperties() {
        PolnearRun.CoreNlpMode mode = !Boolean.parseBoolean(System.getProperty("polnear.corenlp", "true"))
                ? PolnearRun.CoreNlpMode.OFF
                : Boolean.getBoolean("polnear.reuseCoreNlp") ? PolnearRun.CoreNlpMode.REUSE : PolnearRun.CoreNlpMode.RUN;
        return new PolnearSettings(
                Path.of(System.getProperty("polnear.dir", DEFAULT_COMPARTMENT.toString())),
                Integer.parseInt(System.getProperty("polnear.limit", Integer.toString(Integer.MAX_VALUE))),
                mode,
                Path.of(System.getProperty("polnear.doc", "docs/quality.md")),
                Path.of("target", "polnear", "corenlp-results.json"));
    }

    /** Only a run over every text with both systems may replace the published figures. */
    boolean publishes() {
        return limit == Integer.MAX_VALUE && coreNlp != PolnearRun.CoreNlpMode.OFF;
    }
}
