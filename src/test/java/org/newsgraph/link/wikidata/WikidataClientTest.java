package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WikidataClientTest {
    private final FakeWikidataServer server = new FakeWikidataServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final WikidataClient client = new WikidataClient(server.settings(), sleeper);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void searchSendsTheApiParametersAndTheUserAgent() {
        List<SearchHit> hits = client.search("Ana Petrova").orElseThrow();

        assertEquals(List.of("Q99000001", "Q99000002"), hits.stream().map(SearchHit::id).toList());
        assertEquals("Bulgarian figure skater", hits.get(1).description());
        FakeWikidataServer.Seen request = server.requests().get(0);
        assertEquals("wbsearchentities", request.params().get("action"));
        assertEquals("Ana Petrova", request.params().get("search"));
        assertEquals("en", request.params().get("language"));
        assertEquals("item", request.params().get("type"));
        assertEquals("json", request.params().get("format"));
        assertEquals("5", request.params().get("maxlag"));
        assertEquals("newsgraph-test/1.0 (test@example.org)", request.userAgent());
    }

    @Test
    void searchWithNoHitsIsAnEmptyListNotAnUnknownAnswer() {
        assertEquals(List.of(), client.search("Nobody Atall").orElseThrow());
    }

    @Test
    void entitiesAreReadWithTheirClaims() {
        Map<String, WikidataEntity> entities = client.entities(List.of("Q99000003", "Q99100002"));

        WikidataEntity president = entities.get("Q99000003");
        assertEquals("Han Jae-won", president.label());
        assertEquals(List.of("Q5"), president.instanceOf());
        assertEquals(List.of("Q884"), president.citizenship());
        assertEquals(List.of("Q884"), entities.get("Q99100002").jurisdiction());
        assertEquals("labels|descriptions|aliases|claims", server.requests().get(0).params().get("props"));
        assertEquals("Q99000003|Q99100002", server.requests().get(0).params().get("ids"));
    }

    @Test
    void unknownIdsAreLeftOut() {
        assertEquals(Map.of(), client.entities(List.of("Q99999999")));
    }

    @Test
    void manyIdsAreAskedFiftyACall() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 120; i++) ids.add("Q" + (98000000 + i));

        client.entities(ids);

        List<Integer> batchSizes = server.requests().stream()
                .map(r -> r.params().get("ids").split("\\|").length).toList();
        assertEquals(List.of(50, 50, 20), batchSizes);
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheServersRetryAfter() {
        server.enqueue(new FakeWikidataServer.Scripted(429, "7", "Too many requests", 0));

        List<SearchHit> hits = client.search("Ana Petrova").orElseThrow();

        assertEquals(2, hits.size());
        assertEquals(2, server.requestCount());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps());
    }

    @Test
    void serverErrorsAreRetriedWithDoublingBackOff() {
        server.enqueue(new FakeWikidataServer.Scripted(503, null, "Service Unavailable", 0));
        server.enqueue(new FakeWikidataServer.Scripted(502, null, "Bad Gateway", 0));

        assertEquals(2, client.search("Ana Petrova").orElseThrow().size());

        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeper.sleeps());
    }

    @Test
    void maxlagErrorsInTheJsonAreRetried() {
        server.enqueue(new FakeWikidataServer.Scripted(200, "5", "{\"error\":{\"code\":\"maxlag\",\"info\":"
                + "\"Waiting for a database server: 6 seconds lagged.\",\"host\":\"db1\",\"lag\":6,\"type\":\"db\"},"
                + "\"servedby\":\"mw1\"}", 0));

        assertEquals(2, client.search("Ana Petrova").orElseThrow().size());
        assertEquals(List.of(Duration.ofSeconds(5)), sleeper.sleeps());
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        for (int i = 0; i < 3; i++) server.enqueue(new FakeWikidataServer.Scripted(503, null, "down", 0));

        WikidataUnavailableException e = assertThrows(WikidataUnavailableException.class,
                () -> client.search("Ana Petrova"));

        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
        assertEquals(3, server.requestCount());
        assertEquals(2, sleeper.sleeps().size());
    }

    @Test
    void aBadRequestIsNotRetried() {
        server.enqueue(new FakeWikidataServer.Scripted(200, null,
                "{\"error\":{\"code\":\"no-such-entity\",\"info\":\"Could not find an entity with the ID \\\"X1\\\".\"}}", 0));

        assertThrows(WikidataUnavailableException.class, () -> client.entities(List.of("X1")));
        assertEquals(1, server.requestCount());
        assertTrue(sleeper.sleeps().isEmpty());
    }

    @Test
    void aForbiddenAnswerHintsAtTheUserAgent() {
        server.enqueue(new FakeWikidataServer.Scripted(403, null, "blocked", 0));

        WikidataUnavailableException e = assertThrows(WikidataUnavailableException.class,
                () -> client.search("Ana Petrova"));
        assertTrue(e.getMessage().contains("User-Agent"), e.getMessage());
    }

    @Test
    void timeoutsAreRetried() {
        ClientSettings quick = new ClientSettings(server.endpoint(), "t", Duration.ZERO,
                new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(1)), Duration.ofSeconds(2),
                Duration.ofMillis(300), 7);
        server.enqueue(new FakeWikidataServer.Scripted(200, null, "{}", 3000));

        List<SearchHit> hits = new WikidataClient(quick, sleeper).search("Ana Petrova").orElseThrow();

        assertEquals(2, hits.size());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.sleeps());
    }

    @Test
    void noServerAtAllFailsAtOnceWithoutRetrying() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        ClientSettings nowhere = server.settings().withEndpoint(URI.create("http://127.0.0.1:" + freePort + "/w/api.php"));
        WikidataClient offline = new WikidataClient(nowhere, sleeper);

        WikidataUnavailableException e = assertThrows(WikidataUnavailableException.class,
                () -> offline.search("Ana Petrova"));

        assertTrue(e.getMessage().contains("cannot reach"), e.getMessage());
        assertEquals(1, offline.requestCount());
        assertFalse(sleeper.sleeps().iterator().hasNext());
    }
}
