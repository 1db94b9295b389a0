package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Statement;

/**
 * The same article gives the same extraction whatever was analysed before it in the JVM, so a
 * rebuild (or the rerun after a crash) stores the same graph. SUTime resolves a weekday according to
 * the tense of earlier documents; the statement dates must not follow it.
 */
class ArticleProcessorDeterminismTest {
    private static final LocalDate MONDAY = LocalDate.of(2024, 6, 3);
    private static final String TEXT = "Canada announced new sanctions against three shipping companies on"
            + " Wednesday, accusing them of breaking an arms embargo.";

    @Test
    void statementDatesDoNotDependOnEarlierArticles() {
        ArticleProcessor processor = ArticleProcessor.createDefault();
        processor.process(article("future", "He will speak on Wednesday."));
        List<Statement> afterFuture = processor.process(article("x", TEXT)).statements();
        processor.process(article("past", "He spoke on Wednesday."));
        List<Statement> afterPast = processor.process(article("x", TEXT)).statements();
        assertFalse(afterPast.isEmpty(), "no statement extracted");
        assertEquals(afterFuture, afterPast);
        afterPast.forEach(statement -> assertEquals(LocalDate.of(2024, 5, 29), statement.date(), statement.toString()));
    }

    private static Article article(String id, String text) {
        return new Article(id, text, null, MONDAY, null, null, id);
    }
}
