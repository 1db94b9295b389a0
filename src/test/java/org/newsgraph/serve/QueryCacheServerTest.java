package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.robustness.ArticleTexts;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.SampleExtraction;
import org.newsgraph.store.GraphStore;

/** The answers of repeated queries, over HTTP against a real server: kept, replayed, dropped on writes. */
class QueryCacheServerTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "cache test password";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final long RESULT_LIMIT = 3;

    @TempDir
    static Path dir;
    private static NewsgraphServer server;
    private static TestHttp http;

    @BeforeAll
    static void startServer() throws Exception {
        ServletApiCheck.require();
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceArticle(Iris.article("one.txt"), new ExtractionMapper().map(SampleExtraction.create("one.txt")));
        }
        Path passwd = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        server = NewsgraphServer.builder().database(db).port(0).passwordFile(passwd).resultLimit(RESULT_LIMIT)
                .articleProcessor(ArticleProcessor::createDefault).build().start();
        http = new TestHttp(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.stop();
    }

    @Test
    void aRepeatedQueryGetsTheSameAnswerFromTheCache() {
        String query = "SELECT ?id WHERE { ?a <https://w3id.org/newsgraph/ontology#sourceId> ?id }";
        HttpResponse<String> first = http.query(query);
        HttpResponse<String> second = http.query(query);
        assertEquals("miss", cacheHeader(first));
        assertEquals("hit", cacheHeader(second));
        assertEquals(200, second.statusCode());
        assertEquals(first.body(), second.body());
        assertTrue(second.body().contains("\"one.txt\""), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
    }

    @Test
    void aWriteMakesTheNextQueryRunAgainOnTheNewData() {
        HttpResponse<String> before = askedAgain(COUNT);
        assertEquals("hit", cacheHeader(before));
        HttpResponse<String> update = http.update(
                "INSERT DATA { GRAPH <urn:cache-test> { <urn:a> <urn:b> <urn:c> } }", USER, PASSWORD);
        assertTrue(update.statusCode() == 200 || update.statusCode() == 204, update.body());
        HttpResponse<String> after = http.query(COUNT);
        assertEquals("miss", cacheHeader(after));
        assertEquals(count(before) + 1, count(after), after.body());
    }

    @Test
    void whileOthersAskTheSameQueryEveryWriteIsSeenByTheNextAnswer() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:stress> { ?s ?p ?o } }";
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> asked = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            asked.add(readers.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    assertEquals(200, http.query(count).statusCode());
                    n++;
                }
                return n;
            }));
        }
        try {
            for (int i = 1; i <= 10; i++) {
                HttpResponse<String> update = http.update(
                        "INSERT DATA { GRAPH <urn:stress> { <urn:s> <urn:p> " + i + " } }", USER, PASSWORD);
                assertTrue(update.statusCode() == 200 || update.statusCode() == 204, update.body());
                assertEquals(i, count(http.query(count)), "answer after write " + i);
            }
        } finally {
            stop.set(true);
            readers.shutdown();
        }
        for (Future<Integer> reader : asked) assertTrue(reader.get(1, TimeUnit.MINUTES) > 0);
    }

    @Test
    void anIngestedArticleIsSeenByAQueryAskedBefore() throws Exception {
        String ask = "ASK { ?a <https://w3id.org/newsgraph/ontology#sourceId> \"cache-live-1\" }";
        HttpResponse<String> before = askedAgain(ask);
        assertEquals("hit", cacheHeader(before));
        assertTrue(before.body().contains("false"), before.body());
        HttpResponse<String> ingest = http.ingest(
                TestHttp.jsonLine("cache-live-1", "2024-06-01", ArticleTexts.GOOD.get(0)), USER, PASSWORD);
        assertEquals(200, ingest.statusCode(), ingest.body());
        HttpResponse<String> after = http.query(ask);
        assertEquals("miss", cacheHeader(after));
        assertTrue(after.body().contains("true"), after.body());
        // the refresh after ingestion writes too; the other tests expect no write while they run
        server.awaitPostIngestRefresh(Duration.ofMinutes(2));
    }

    @Test
    void theExplorerPagesCallsAreKeptTooUntilTheDataChanges() {
        String search = "/explore/api/search?q=" + TestHttp.encode("a");
        HttpResponse<String> first = http.send(http.request(search).GET());
        HttpResponse<String> second = http.send(http.request(search).GET());
        assertEquals(200, second.statusCode(), second.body());
        assertEquals("miss", cacheHeader(first));
        assertEquals("hit", cacheHeader(second));
        assertEquals(first.body(), second.body());
        assertEquals("no-store", second.headers().firstValue("Cache-Control").orElse(null));
        http.update("INSERT DATA { GRAPH <urn:explorer-test> { <urn:x> <urn:y> <urn:z> } }", USER, PASSWORD);
        assertEquals("miss", cacheHeader(http.send(http.request(search).GET())));
        assertNull(cacheHeader(http.send(http.request("/explore/").GET())), "the page itself is a file, not data");
    }

    @Test
    void theWarmUpLeavesTheExplorersFirstViewInTheCache() throws Exception {
        assertEquals(200, server.warmUpExplorer().get(1, TimeUnit.MINUTES));
        HttpResponse<String> network = http.send(http.request("/explore/api/network")
                .header("Accept", ExplorerWarmUp.PAGE_ACCEPT).GET());
        assertEquals(200, network.statusCode(), network.body());
        assertEquals("hit", cacheHeader(network));
    }

    @Test
    void eachResultFormatIsItsOwnAnswer() {
        String query = "ASK { ?s ?p ?o }";
        http.query(query);
        HttpResponse<String> tsv = http.send(http.request("/newsgraph/sparql?query=" + TestHttp.encode(query))
                .header("Accept", "text/tab-separated-values").GET());
        assertEquals("miss", cacheHeader(tsv));
        assertTrue(tsv.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
    }

    @Test
    void aPostedQueryIsReadByTheServerAndCachedToo() {
        String query = "SELECT ?id WHERE { ?s <https://w3id.org/newsgraph/ontology#sourceId> ?id } LIMIT 2";
        HttpResponse<String> first = post(query);
        HttpResponse<String> second = post(query);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("one.txt"), first.body());
        assertEquals("miss", cacheHeader(first));
        assertEquals("hit", cacheHeader(second));
        assertEquals(first.body(), second.body());
    }

    @Test
    void theResultLimitHeaderComesWithTheCachedAnswer() {
        HttpResponse<String> second = askedAgain("SELECT * WHERE { ?s ?p ?o }");
        assertEquals("hit", cacheHeader(second));
        assertEquals(String.valueOf(RESULT_LIMIT), second.headers().firstValue(LimitedQueryService.LIMIT_HEADER).orElse(null));
    }

    @Test
    void queriesWhoseAnswerChangesWithoutTheDataAreNeverKept() {
        for (String query : new String[] {"SELECT (NOW() AS ?t) WHERE {}", "SELECT (RAND() AS ?r) WHERE {}",
                "SELECT (STRUUID() AS ?u) WHERE {}"}) {
            HttpResponse<String> again = askedAgain(query);
            assertEquals(200, again.statusCode(), again.body());
            assertNull(cacheHeader(again), query);
        }
    }

    @Test
    void errorsAreNotKept() {
        String broken = "SELECT ?x WHERE { ?x }";
        assertEquals(400, http.query(broken).statusCode());
        HttpResponse<String> again = http.query(broken);
        assertEquals(400, again.statusCode());
        assertEquals("miss", cacheHeader(again));
    }

    /** The answer to a query asked a second time in a row. */
    private static HttpResponse<String> askedAgain(String query) {
        http.query(query);
        return http.query(query);
    }

    private static HttpResponse<String> post(String query) {
        return http.send(http.request("/newsgraph/query")
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    private static String cacheHeader(HttpResponse<String> response) {
        return response.headers().firstValue(QueryCacheFilter.CACHE_HEADER).orElse(null);
    }

    private static long count(HttpResponse<String> response) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(response.body());
        assertTrue(m.find(), response.body());
        return Long.parseLong(m.group(1));
    }
}
