package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * Runs the PETRARCH-2 validation (figures in docs/quality.md) and writes its report to
 * target/petrarch-validation.txt. Needs ../shared/bench/petrarch-gsr-validation.xml.
 */
class PetrarchValidationTest {
    private static final Path FILE = Path.of("..", "shared", "bench", "petrarch-gsr-validation.xml");

    @Test
    void scoresEveryRecord() throws IOException {
        assumeTrue(Files.isRegularFile(FILE), "PETRARCH validation file " + FILE.toAbsolutePath()
                + " is absent; the shared reference material is not checked out next to the project");
        List<PetrarchRecord> records = PetrarchFile.read(FILE);
        PetrarchScore score = new PetrarchValidation(ArticleProcessor.createDefault(), Gazetteer.load()).score(records);
        String report = score.render();
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "petrarch-validation.txt"),
                String.join(System.lineSeparator(), score.details) + System.lineSeparator() + report);
        assertEquals(records.size(), score.records);
        assertTrue(score.expected > 0 && score.found <= score.expected && score.correct <= score.extracted);
    }
}
