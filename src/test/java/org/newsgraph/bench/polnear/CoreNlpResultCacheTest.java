package org.newsgraph.bench.polnear;

import org.newsgraph.tools.polnear.PolnearDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Span;

class CoreNlpResultCacheTest {

    @Test
    void keepsResultsPerTextAndForgetsThemWhenTheTextChanges(@TempDir Path dir) {
        Path file = dir.resolve("cache.json");
        PolnearDocument document = new PolnearDocument("a", "\"Yes,\" Kim said.", null, List.of());
        CoreNlpResult result = new CoreNlpResult(
                List.of(new ExtractedStatement(new Span(0, 6), true, List.of(new Span(7, 10)))),
                new CorefChains(List.of(List.of(new Span(7, 10)))));
        CoreNlpResultCache cache = CoreNlpResultCache.empty();
        cache.put(document, result);
        cache.save(file);

        CoreNlpResultCache reloaded = CoreNlpResultCache.load(file);

        assertEquals(Optional.of(result), reloaded.get(document));
        assertTrue(reloaded.get(new PolnearDocument("a", "\"No,\" Kim said.", null, List.of())).isEmpty());
        assertTrue(CoreNlpResultCache.load(dir.resolve("missing.json")).get(document).isEmpty());
    }
}
