package org.newsgraph.bench.polnear;

import org.newsgraph.tools.polnear.PolnearDocument;
import org.newsgraph.tools.polnear.PolnearCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.PrfCounts;
import org.newsgraph.pipeline.ArticleProcessor;

/** The PolNeAR benchmark end to end on two texts, newsgraph only (CoreNLP's full pipeline loads for a minute). */
class PolnearSmokeTest {

    @Test
    void scoresNewsgraphOnTwoTexts() {
        assumeTrue(Files.isDirectory(PolnearSettings.DEFAULT_COMPARTMENT),
                "PolNeAR is not at " + PolnearSettings.DEFAULT_COMPARTMENT.toAbsolutePath() + "; smoke test skipped");
        List<PolnearDocument> documents = PolnearCorpus.load(PolnearSettings.DEFAULT_COMPARTMENT, 2);

        BenchmarkResult result = new PolnearRun(ArticleProcessor.createDefault(), PolnearRun.CoreNlpMode.OFF, null,
                new PrintStream(PrintStream.nullOutputStream())).run(documents);

        assertEquals(2, result.documents());
        int gold = documents.stream().mapToInt(d -> d.gold().size()).sum();
        assertEquals(gold, result.gold());
        PrfCounts content = result.system(PolnearRun.NEWSGRAPH).all().get(Criterion.CONTENT);
        assertEquals(gold, content.gold());
        assertTrue(content.found() > 0, "newsgraph's statements should meet some gold content: offsets misaligned?");
        assertTrue(BenchmarkTable.render(result).contains("| newsgraph"));
    }
}
