package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.PostBuildSteps;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.SampleExtraction;
import org.newsgraph.store.GraphStore;

/** Someone who knows nothing of newsgraph finds out what the server holds from the server alone. */
class SelfDescribingServerTest {
    @TempDir
    static Path dir;
    private static NewsgraphServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() {
        ServletApiCheck.require();
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceArticle(Iris.article("one.txt"), new ExtractionMapper().map(SampleExtraction.create("one.txt")));
            PostBuildSteps.run(store, new PrintStream(PrintStream.nullOutputStream()));
        }
        server = NewsgraphServer.builder().database(db).config(Path.of("fuseki-config/config.ttl")).port(0).build().start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.stop();
    }

    @Test
    void theRootPageLeadsToTheExplorerAndListsTheEndpoints() throws Exception {
        HttpResponse<String> root = get("/", "text/html");
        assertEquals(200, root.statusCode());
        assertTrue(root.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(root.body().contains("href=\"/explore/\""), root.body());
        assertTrue(root.body().contains("/newsgraph/sparql"), root.body());
        assertTrue(root.body().contains("/newsgraph/get"), root.body());
        assertEquals(404, get("/no-such-page", "text/html").statusCode(), "only the root is answered");
    }

    @Test
    void aGetOnTheEndpointWithoutAQueryIsItsServiceDescription() throws Exception {
        HttpResponse<String> response = get("/newsgraph/sparql", "text/turtle");
        assertEquals(200, response.statusCode(), response.body());
        Model description = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body()).lang(Lang.TURTLE).parse(description);
        String sd = ServiceDescriptionFilter.SD;
        Resource service = description.createResource(server.baseUrl() + "/newsgraph/sparql");
        assertTrue(description.contains(service, RDF.type, description.createResource(sd + "Service")), response.body());
        assertTrue(description.contains(service, description.createProperty(sd, "endpoint"), service));
        assertTrue(description.contains(service, description.createProperty(sd, "feature"),
                description.createResource(sd + "UnionDefaultGraph")));
        assertEquals(200, get("/newsgraph/sparql?query=" + encode("ASK {}"), "application/sparql-results+json").statusCode(),
                "queries still work");
    }

    @Test
    void sparqlAloneFindsTheDatasetDescriptionAndTheCameoNames() throws Exception {
        String voidQuery = """
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?documents WHERE { ?d a void:Dataset ; void:documents ?documents }""";
        HttpResponse<String> described = get("/newsgraph/sparql?query=" + encode(voidQuery), "text/tab-separated-values");
        assertEquals(200, described.statusCode(), described.body());
        assertTrue(described.body().contains("1"), described.body());
        String threats = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?name WHERE { ?t skos:notation "138" ; skos:prefLabel ?name }""";
        HttpResponse<String> named = get("/newsgraph/sparql?query=" + encode(threats), "text/tab-separated-values");
        assertEquals(200, named.statusCode(), named.body());
        assertTrue(named.body().contains("Threaten"), named.body());
    }

    private static HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).header("Accept", accept).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
