package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.GraphEvaluator;
import org.newsgraph.eval.ScoreReport;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;
import org.newsgraph.store.ValidationResult;

/** Builds the sample articles, checks the graphs, scores them against the gold and serves them. */
class SeedsEndToEndTest {
    private static final String WHO_IS_MENTIONED = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            SELECT DISTINCT ?actor ?label ?wikidata WHERE {
              ?article schema:publisher "The Kyiv Independent" .
              ?actor ng:mentionedIn ?article ; rdfs:label ?label .
              OPTIONAL { ?actor owl:sameAs ?wikidata }
            }""";

    @Test
    void everySampleArticleIsStoredWithoutWarnings() {
        BuildSummary summary = SeedGraph.get().summary();
        assertEquals(5, summary.articles(), summary.warnings().toString());
        assertEquals(0, summary.failed());
        assertTrue(summary.warnings().isEmpty(), summary.warnings().toString());
    }

    @Test
    void everyStoredArticleGraphConformsToTheShapes() {
        ShaclValidator validator = ShaclValidator.fromClasspath();
        try (GraphStore store = GraphStore.open(SeedGraph.get().database())) {
            Dataset dataset = store.dataset();
            List<String> problems = new ArrayList<>();
            Txn.executeRead(dataset, () -> dataset.listModelNames().forEachRemaining(name -> {
                Model graph = dataset.getNamedModel(name);
                // Consolidation and derived-relation graphs span articles; the shapes describe one article.
                if (!graph.contains(null, org.apache.jena.vocabulary.RDF.type, org.newsgraph.rdf.NG.Article)) return;
                ValidationResult result = validator.validate(graph.getGraph());
                if (!result.conforms()) problems.add(name + ": " + result.describe());
            }));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

    @Test
    void entitiesMatchTheGoldWithPrecisionAndRecallOfAtLeast0_9() throws Exception {
        GoldFile gold = GoldFile.read(Path.of("src", "test", "resources", "gold", "seeds.json"));
        try (GraphStore store = GraphStore.open(SeedGraph.get().database())) {
            ScoreReport report = new GraphEvaluator(store.dataset()).evaluate(gold, "seeds.json");
            var entities = report.total().entities();
            assertTrue(entities.precision().orElse(0) >= 0.9, report.toText());
            assertTrue(entities.recall().orElse(0) >= 0.9, report.toText());
        }
    }

    @Test
    void rebuildingTheSameInputKeepsTheTripleCount() throws Exception {
        Path db = Files.createTempDirectory("newsgraph-rebuild");
        long first = SeedGraph.build(db).quads();
        long second = SeedGraph.build(db).quads();
        assertEquals(first, second);
    }

    @Test
    void theServerTellsWhoIsMentionedInTheKyivIndependentArticle() throws Exception {
        NewsgraphServer server = NewsgraphServer.builder().database(SeedGraph.get().database()).port(0).build();
        server.start();
        try {
            String url = server.baseUrl() + "/newsgraph/sparql?query="
                    + URLEncoder.encode(WHO_IS_MENTIONED, StandardCharsets.UTF_8);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonNode bindings = new ObjectMapper().readTree(response.body()).path("results").path("bindings");
            boolean putin = false;
            for (JsonNode row : bindings) {
                putin |= row.path("label").path("value").asText().equals("Vladimir Putin")
                        && row.path("wikidata").path("value").asText().equals("http://www.wikidata.org/entity/Q7747");
            }
            assertTrue(putin, "Vladimir Putin (wd:Q7747) among " + bindings);
            assertTrue(bindings.size() >= 5, bindings.toString());
        } finally {
            server.stop();
        }
    }
}
