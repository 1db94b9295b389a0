package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class ContentHashTest {
    private final ContentHash hash = new ContentHash("build-1");
    private final Article article = new Article("a1", "The council met.", "Council meets", LocalDate.of(2030, 1, 2),
            "Example Wire", "https://news.example.org/a1", "feed.jsonl:1");

    @Test
    void sameArticleSameHashWhereverItWasRead() {
        Article elsewhere = new Article("a1", "The council met.", "Council meets", LocalDate.of(2030, 1, 2),
                "Example Wire", "https://news.example.org/a1", "other-feed.jsonl:7");
        assertEquals(hash.of(article), hash.of(elsewhere));
        assertEquals(64, hash.of(article).length());
    }

    @Test
    void textMetadataAndBuildEachChangeTheHash() {
        String original = hash.of(article);
        assertNotEquals(original, hash.of(new Article("a1", "The council met again.", "Council meets",
                LocalDate.of(2030, 1, 2), "Example Wire", "https://news.example.org/a1", null)));
        assertNotEquals(original, hash.of(new Article("a1", "The council met.", "Council meets",
                LocalDate.of(2030, 1, 3), "Example Wire", "https://news.example.org/a1", null)));
        assertNotEquals(original, hash.of(new Article("a1", "The council met.", null,
                LocalDate.of(2030, 1, 2), "Example Wire", "https://news.example.org/a1", null)));
        assertNotEquals(original, new ContentHash("build-2").of(article));
    }

    @Test
    void fieldBoundariesCount() {
        Article left = new Article("ab", "c", null, null, null, null, null);
        Article right = new Article("a", "bc", null, null, null, null, null);
        assertNotEquals(hash.of(left), hash.of(right));
        Article emptyTitle = new Article("a", "b", "", null, null, null, null);
        Article noTitle = new Article("a", "b", null, null, null, null, null);
        assertNotEquals(hash.of(emptyTitle), hash.of(noTitle));
    }
}
