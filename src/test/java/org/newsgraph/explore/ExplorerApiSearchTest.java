package org.newsgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.NetworkFixture;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.consolidate.NetworkSummary;

/** The actor search gives the same answer from the network summary as from the article graphs. */
class ExplorerApiSearchTest {
    @TempDir
    Path dir;

    @Test
    void searchReadsTheSummaryWhenThereIsOneAndTheArticlesOtherwise() throws Exception {
        try (GraphStore store = NetworkFixture.open(dir.resolve("db"))) {
            ExplorerApi api = new ExplorerApi(store.dataset(), "/sparql", null);
            JsonNode fromArticles = search(api, "freedonian");
            JsonNode everyoneFromArticles = search(api, "a");

            NetworkSummary.refresh(store);

            assertEquals(1, fromArticles.size());
            assertEquals(NetworkFixture.FREEDONIA, fromArticles.get(0).path("actor").asText());
            assertEquals(fromArticles, search(api, "freedonian"));
            assertEquals(everyoneFromArticles, search(api, "a"));
            assertEquals(0, search(api, "no such name").size());

            assertEquals("2", search(api, "freedonian").get(0).path("articles").asText());
            store.replaceArticle(NetworkFixture.NS + "article/a2", GraphFactory.createDefaultGraph());
            NetworkSummary.refresh(store);
            assertEquals("1", search(api, "freedonian").get(0).path("articles").asText(), "names read again after a write");
        }
    }

    private static JsonNode search(ExplorerApi api, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        api.searchActors(text, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }
}
