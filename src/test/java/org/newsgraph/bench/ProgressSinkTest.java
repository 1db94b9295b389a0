package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.pipeline.ArticleGraphSink;
import org.newsgraph.pipeline.StageTimes;
import org.junit.jupiter.api.Test;

class ProgressSinkTest {

    @Test
    void reportsEveryNthStoredArticleAndPassesEverythingOn() {
        List<String> stored = new ArrayList<>();
        ArticleGraphSink target = new ArticleGraphSink() {
            @Override
            public Optional<String> storedContentHash(String graphName) {
                return Optional.empty();
            }

            @Override
            public void put(String graphName, Graph graph) {
                stored.add(graphName);
            }

            @Override
            public long finish(StageTimes times, PrintStream progress) {
                return stored.size();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressSink sink = new ProgressSink(target, new PrintStream(out, true, StandardCharsets.UTF_8), 10);
        for (int i = 0; i < 25; i++) sink.put("g" + i, GraphFactory.createDefaultGraph());

        assertEquals(25, stored.size());
        assertEquals(25, sink.finish(new StageTimes(), System.out));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("10 articles stored"), lines[0]);
        assertTrue(lines[1].contains("20 articles stored"), lines[1]);
    }
}
