package org.newsgraph.link.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsgraph.nlp.NlpPipeline;

/**
 * The linking benchmark of docs/quality.md. Takes about ten minutes (CoreNLP over ~590 KB of
 * text), so it runs only when asked:
 * <pre>
 * mvn -B -q -o test -Dtest=ElevantLinkingBenchmarkRun -Delevant=../shared/bench/elevant
 * </pre>
 * and writes target/elevant-linking.md, and the links judged wrong to target/elevant-wrong-links.tsv.
 */
class ElevantLinkingBenchmarkRun {
    @Test
    @EnabledIfSystemProperty(named = "elevant", matches = ".+")
    void measure() throws Exception {
        Path directory = Path.of(System.getProperty("elevant"));
        assumeTrue(Files.isDirectory(directory), "No ELEVANT benchmarks at " + directory.toAbsolutePath()
                + "; give the folder with -Delevant=DIR (../shared/bench/elevant in the workspace)");
        long start = System.nanoTime();
        Map<String, LinkingScore> scores = new ElevantLinkingBenchmark(NlpPipeline.shared())
                .run(directory, Math.max(1, Runtime.getRuntime().availableProcessors()));
        String table = ElevantLinkingBenchmark.table(scores);
        String report = table + String.format("%nMeasured in %.0f s.%n", (System.nanoTime() - start) / 1e9);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "elevant-linking.md"), report, StandardCharsets.UTF_8);
        StringBuilder wrong = new StringBuilder("benchmark\tdocument\tlinked text\tlinked id\tgold ids there\n");
        scores.forEach((benchmark, score) -> score.wrongLinks().forEach(line -> wrong.append(benchmark).append('\t')
                .append(line).append('\n')));
        Files.writeString(Path.of("target", "elevant-wrong-links.tsv"), wrong, StandardCharsets.UTF_8);
        System.out.println(report);
    }
}
