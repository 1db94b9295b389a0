package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.SampleExtraction;
import org.newsgraph.store.GraphStore;

class NewsgraphServerTest {
    private static final String SOURCE_IDS =
            "SELECT ?id WHERE { ?a <https://w3id.org/newsgraph/ontology#sourceId> ?id }";
    private static final String RESULTS_JSON = "application/sparql-results+json";

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
        }
        server = NewsgraphServer.builder()
                .database(db)
                .config(Path.of("fuseki-config/config.ttl"))
                .port(0)
                .build()
                .start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void bindsToLoopbackOnAFreePort() {
        assertEquals("127.0.0.1", server.host());
        assertTrue(server.port() > 0);
        assertTrue(server.endpointDescriptions().stream().anyMatch(line ->
                line.startsWith(server.baseUrl() + "/newsgraph/sparql ")), server.endpointDescriptions().toString());
        List<String> listed = server.endpointDescriptions();
        List<String> sorted = new ArrayList<>(listed.subList(0, listed.size() - 1));
        sorted.sort(null);
        assertEquals(sorted, listed.subList(0, listed.size() - 1), "the endpoints by path, the same at every start");
    }

    @Test
    void sparqlEndpointQueriesTheUnionOfArticleGraphs() throws Exception {
        HttpResponse<String> response = get("/newsgraph/sparql?query=" + encode(SOURCE_IDS), RESULTS_JSON);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"one.txt\""), response.body());
    }

    @Test
    void queryEndpointAnswersPostedQueries() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url("/newsgraph/query"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString(SOURCE_IDS))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("?id", response.body().lines().findFirst().orElse(""));
        assertTrue(response.body().contains("\"one.txt\""), response.body());
    }

    @Test
    void updatesAreRefusedEverywhere() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        for (String path : new String[] {"/newsgraph/sparql", "/newsgraph/query", "/newsgraph", "/newsgraph/update"}) {
            HttpRequest request = HttpRequest.newBuilder(url(path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update))
                    .build();
            // a new connection each time: the server may close one after refusing an unread body
            int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered an update with " + status);
        }
        HttpResponse<String> check = get("/newsgraph/sparql?query=" + encode("ASK { <urn:a> ?p ?o }"), RESULTS_JSON);
        assertTrue(check.body().contains("false"), check.body());
    }

    @Test
    void graphStoreEndpointReadsButDoesNotWrite() throws Exception {
        String graph = "/newsgraph/get?graph=" + encode(Iris.article("one.txt"));
        HttpResponse<String> read = get(graph, "application/n-triples");
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"one.txt\""), read.body());
        HttpRequest put = HttpRequest.newBuilder(url(graph))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .\n"))
                .build();
        int status = HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status >= 400 && status < 500, "PUT answered " + status);
    }

    @Test
    void federatedQueriesAreRefused() throws Exception {
        String federated = "SELECT * WHERE { SERVICE <" + server.baseUrl() + "/newsgraph/sparql> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> response = get("/newsgraph/sparql?query=" + encode(federated), RESULTS_JSON);
        assertTrue(response.statusCode() >= 400, "SERVICE was allowed: " + response.statusCode() + " " + response.body());
    }

    @Test
    void errorsCarryNoStackTrace() throws Exception {
        HttpResponse<String> response = get("/newsgraph/sparql?query=" + encode("SELECT WHERE {"), RESULTS_JSON);
        assertEquals(400, response.statusCode());
        assertFalse(response.body().contains("at org.apache"), response.body());
    }

    private static HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url(pathAndQuery)).header("Accept", accept).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String pathAndQuery) {
        return URI.create(server.baseUrl() + pathAndQuery);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
