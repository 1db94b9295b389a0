package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedWikidataApiTest {
    @TempDir
    Path dir;
    private final FakeWikidataServer server = new FakeWikidataServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private WikidataApi online(WikidataCache cache) {
        return new CachedWikidataApi(cache, new WikidataClient(server.settings(), new RecordingSleeper()));
    }

    @Test
    void aSecondRunAsksTheNetworkNothing() {
        try (WikidataCache cache = WikidataCache.open(dir)) {
            WikidataApi api = online(cache);
            api.search("Ana Petrova");
            api.entities(List.of("Q99000001", "Q99000002"));
        }
        int firstRun = server.requestCount();

        try (WikidataCache cache = WikidataCache.open(dir)) {
            WikidataApi api = online(cache);
            assertEquals(2, api.search("Ana Petrova").orElseThrow().size());
            assertEquals(2, api.entities(List.of("Q99000001", "Q99000002")).size());
        }
        assertEquals(2, firstRun);
        assertEquals(firstRun, server.requestCount());
    }

    @Test
    void onlyMissingIdsAreFetched() {
        try (WikidataCache cache = WikidataCache.open(dir)) {
            WikidataApi api = online(cache);
            api.entities(List.of("Q99000001"));
            api.entities(List.of("Q99000001", "Q99000002"));
        }
        assertEquals("Q99000002", server.requests().get(1).params().get("ids"));
    }

    @Test
    void offlineTheCacheAloneAnswers() {
        try (WikidataCache cache = WikidataCache.open(dir)) {
            online(cache).search("Ana Petrova");
        }
        try (WikidataCache cache = WikidataCache.open(dir)) {
            WikidataApi offline = new CachedWikidataApi(cache, null);
            assertEquals(2, offline.search("Ana Petrova").orElseThrow().size());
            assertTrue(offline.search("Han Jae-won").isEmpty(), "not cached: unknown, not 'no hits'");
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void unknownAnswersAreNotRemembered() {
        List<String> warnings = new ArrayList<>();
        try (WikidataCache cache = WikidataCache.open(dir)) {
            server.close();
            WikidataApi api = new CachedWikidataApi(cache, new OfflineFallback(
                    new WikidataClient(server.settings(), new RecordingSleeper()), warnings::add));
            assertTrue(api.search("Ana Petrova").isEmpty());
            assertEquals(0, cache.searchCount());
        }
    }
}
