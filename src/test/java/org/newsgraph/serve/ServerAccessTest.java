package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.newsgraph.rdf.NG;
import org.newsgraph.store.consolidate.NetworkSummary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.SampleExtraction;
import org.newsgraph.robustness.ArticleTexts;
import org.newsgraph.store.GraphStore;

/**
 * A server started with a password file: everyone may query, only its users may update and ingest;
 * results are capped, queries time out, errors carry no internals, CORS only for the given origin.
 */
class ServerAccessTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "correct horse battery";
    private static final String ORIGIN = "https://app.example";
    private static final long RESULT_LIMIT = 5;
    private static final String ALL_TRIPLES = "SELECT * WHERE { ?s ?p ?o }";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path db;
    private static NewsgraphServer server;
    private static TestHttp http;

    @BeforeAll
    static void startServer() throws Exception {
        ServletApiCheck.require();
        db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceArticle(Iris.article("one.txt"), new ExtractionMapper().map(SampleExtraction.create("one.txt")));
        }
        Path passwd = Files.writeString(dir.resolve("passwd"), "# users who may write\n" + USER + ": " + PASSWORD + "\n");
        server = NewsgraphServer.builder().database(db).port(0)
                .passwordFile(passwd)
                .resultLimit(RESULT_LIMIT)
                .queryTimeout(Duration.ofSeconds(2))
                .corsOrigins(List.of(ORIGIN))
                .articleProcessor(ArticleProcessor::createDefault)
                .build().start();
        http = new TestHttp(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.stop();
    }

    @Test
    void anyoneMayQuery() {
        HttpResponse<String> response = http.query("ASK { ?s ?p ?o }");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("true"), response.body());
    }

    @Test
    void anonymousUpdateIsRefused() {
        assertEquals(401, http.update(insert("urn:anonymous"), null, null).statusCode());
        assertEquals(401, http.update(insert("urn:guessed"), USER, "wrong password").statusCode());
        assertEquals(401, http.update(insert("urn:stranger"), "stranger", PASSWORD).statusCode());
        assertFalse(http.query("ASK { GRAPH ?g { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"urn:\")) } }").body()
                .contains("true"), "an anonymous update changed the data");
    }

    @Test
    void authorisedUpdateWorks() {
        HttpResponse<String> response = http.update(insert("urn:authorised"), USER, PASSWORD);
        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, response.statusCode() + " " + response.body());
        assertTrue(http.query("ASK { <urn:authorised> ?p ?o }").body().contains("true"));
    }

    @Test
    void anonymousIngestIsRefused() {
        String article = TestHttp.jsonLine("anonymous-1", "2024-06-01", ArticleTexts.GOOD.get(0));
        assertEquals(401, http.ingest(article, null, null).statusCode());
        assertEquals(401, http.ingest(article, USER, "wrong password").statusCode());
        assertFalse(http.query(sourceIdAsk("anonymous-1")).body().contains("true"));
    }

    @Test
    void authorisedIngestStoresTheArticleForQueries() throws Exception {
        String body = TestHttp.jsonLine("live-1", "2024-06-01", ArticleTexts.GOOD.get(1))
                + "{\"id\": \"broken\n"
                + TestHttp.jsonLine("live-2", "someday", ArticleTexts.GOOD.get(2));
        HttpResponse<String> response = http.ingest(body, USER, PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = JSON.readTree(response.body());
        assertEquals(2, report.get("stored").asInt(), response.body());
        assertEquals(Iris.article("live-1"), report.get("articles").get(0).get("graph").asText());
        List<String> warnings = new java.util.ArrayList<>();
        report.get("warnings").forEach(w -> warnings.add(w.get("origin").asText() + ": " + w.get("message").asText()));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("request:2: not valid JSON")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("request:3: published \"someday\" is not a date")),
                warnings.toString());
        assertTrue(http.query(sourceIdAsk("live-1")).body().contains("true"));
        assertTrue(http.query(sourceIdAsk("live-2")).body().contains("true"));
        // the same graph a build would store, content hash included, so a later build skips it
        assertTrue(http.query("ASK { <" + Iris.article("live-1") + "> <https://w3id.org/newsgraph/ontology#contentHash> ?h }")
                .body().contains("true"));
        // the network summary follows in the background: the actors of the new article get counted
        String counted = "ASK { GRAPH <" + NetworkSummary.GRAPH + "> { ?actor <" + NG.articleCount.getURI() + "> ?n }"
                + " ?actor <" + NG.mentionedIn.getURI() + "> <" + Iris.article("live-1") + "> }";
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (!http.query(counted).body().contains("true") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(http.query(counted).body().contains("true"), "no summary of the ingested article's actors");
    }

    @Test
    void ingestOfNothingUsableIsABadRequest() throws Exception {
        HttpResponse<String> response = http.ingest("not json at all\n", USER, PASSWORD);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).get("error").asText().contains("JSONL"), response.body());
        HttpResponse<String> german = http.ingest(TestHttp.jsonLine("de-1", "2024-06-01", ArticleTexts.GERMAN), USER, PASSWORD);
        assertEquals(422, german.statusCode(), german.body());
    }

    @Test
    void ingestOnlyTakesPost() {
        HttpResponse<String> response = http.send(TestHttp.login(http.request("/newsgraph/ingest"), USER, PASSWORD).GET());
        assertEquals(405, response.statusCode());
    }

    @Test
    void resultsAreCappedAndTheCapIsAnnounced() throws Exception {
        HttpResponse<String> all = http.query(ALL_TRIPLES);
        assertEquals(200, all.statusCode());
        assertEquals(RESULT_LIMIT, JSON.readTree(all.body()).get("results").get("bindings").size());
        assertEquals(String.valueOf(RESULT_LIMIT), all.headers().firstValue(LimitedQueryService.LIMIT_HEADER).orElse(""));
        HttpResponse<String> small = http.query(ALL_TRIPLES + " LIMIT 2");
        assertEquals(2, JSON.readTree(small.body()).get("results").get("bindings").size());
        assertTrue(small.headers().firstValue(LimitedQueryService.LIMIT_HEADER).isEmpty());
    }

    @Test
    void aRunawayQueryTimesOutAndTheServerGoesOn() {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";
        HttpResponse<String> response = http.query(crossProduct);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("timed out"), response.body());
        assertEquals(200, http.query("ASK { ?s ?p ?o }").statusCode());
    }

    @Test
    void errorsCarryNoStackTracesOrPaths() {
        List<HttpResponse<String>> errors = List.of(
                http.query("SELECT WHERE {"),
                http.send(http.request("/no/such/thing").GET()),
                http.send(http.request("/newsgraph/sparql").DELETE()),
                http.send(http.request("/newsgraph/get?graph=" + TestHttp.encode("urn:none")).GET()),
                http.update(insert("urn:x"), null, null),
                http.send(http.request("/newsgraph/query").header("Content-Type", "application/x-unknown")
                        .POST(HttpRequest.BodyPublishers.ofString("?"))));
        for (HttpResponse<String> error : errors) {
            assertTrue(error.statusCode() >= 400, error.uri() + " " + error.statusCode());
            ErrorBodies.assertSafe(error, db);
        }
    }

    @Test
    void corsOnlyForTheConfiguredOrigin() {
        HttpResponse<String> allowed = http.send(http.request("/newsgraph/sparql").header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertFalse(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
        HttpResponse<String> other = http.send(http.request("/newsgraph/sparql?query=" + TestHttp.encode("ASK {}"))
                .header("Origin", "https://evil.example").GET());
        assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void endpointListShowsWhichNeedALogin() {
        List<String> endpoints = server.endpointDescriptions();
        assertTrue(endpoints.stream().anyMatch(e -> e.contains("/newsgraph/update (") && e.contains("password file")), endpoints.toString());
        assertTrue(endpoints.stream().anyMatch(e -> e.contains("/newsgraph/ingest (") && e.contains("password file")), endpoints.toString());
        assertTrue(endpoints.stream().anyMatch(e -> e.contains("/newsgraph/sparql (") && !e.contains("password")), endpoints.toString());
        assertTrue(server.disabledEndpoints().isEmpty());
    }

    private static String insert(String subject) {
        return "INSERT DATA { GRAPH <urn:test> { <" + subject + "> <urn:p> \"o\" } }";
    }

    private static String sourceIdAsk(String id) {
        return "ASK { ?a <https://w3id.org/newsgraph/ontology#sourceId> \"" + id + "\" }";
    }
}
