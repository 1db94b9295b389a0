package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;

/** The article's publisher is its voice, not one of its actors (PublisherVoice, applied by the processor). */
class ArticleProcessorPublisherTest {
    private static final String TEXT = "CNN reported on Monday that the talks had failed. "
            + "Russian officials told CNN that Moscow would not attend.";

    @Test
    void thePublisherSpeaksForNoOneInItsOwnArticle() {
        ArticleProcessor processor = ArticleProcessor.createDefault();
        Extraction own = processor.process(new Article("a", TEXT, null, LocalDate.of(2024, 6, 3), "CNN", null, "a"));
        assertTrue(own.actors().stream().noneMatch(a -> a.label().equals("CNN")), own.actors().toString());
        assertTrue(own.statements().stream().allMatch(s -> s.speaker() == null || !s.speaker().equals("Q48340")),
                own.statements().toString());
        Extraction other = processor.process(new Article("b", TEXT, null, LocalDate.of(2024, 6, 3), "USA Today", null, "b"));
        assertTrue(other.actors().stream().anyMatch(a -> a.label().equals("CNN")), "another publisher's network is an actor");
    }
}
