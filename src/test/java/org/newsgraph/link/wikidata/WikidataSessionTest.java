package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ActorType;

/** The whole online path over HTTP: fake server, client, fallback, cache, linker. */
class WikidataSessionTest {
    private static final LinkQuery SPOKESWOMAN = new LinkQuery(ActorType.PERSON, List.of("Ana Petrova"), "Q159",
            "spokeswoman", LocalDate.of(2019, 3, 1));
    private static final LinkQuery NEWSPAPER = new LinkQuery(ActorType.ORGANIZATION, List.of("Northern Daily"), null,
            null, LocalDate.of(2019, 3, 1));

    @TempDir
    Path cacheDir;
    private final FakeWikidataServer server = new FakeWikidataServer();
    private final List<String> warnings = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private WikidataSession session(WikidataSession.Mode mode) {
        return WikidataSession.open(mode, cacheDir, server.settings(), warnings::add);
    }

    @Test
    void onlineLinksAndARebuildMakesNoRequests() {
        try (WikidataSession online = session(WikidataSession.Mode.ONLINE)) {
            assertEquals("Q99000001", online.linker().link(SPOKESWOMAN).orElseThrow().id());
            assertTrue(online.summary().contains("requests sent: 3"), online.summary());
        }
        int requests = server.requestCount();

        try (WikidataSession again = session(WikidataSession.Mode.ONLINE)) {
            assertEquals("Q99000001", again.linker().link(SPOKESWOMAN).orElseThrow().id());
        }
        assertEquals(requests, server.requestCount());
        assertEquals(List.of(), warnings);
    }

    @Test
    void offlineUsesWhatWasLearnedAndAsksNothing() {
        try (WikidataSession online = session(WikidataSession.Mode.ONLINE)) {
            online.linker().link(SPOKESWOMAN);
        }
        int requests = server.requestCount();

        try (WikidataSession offline = session(WikidataSession.Mode.OFFLINE)) {
            assertEquals("Q99000001", offline.linker().link(SPOKESWOMAN).orElseThrow().id());
            assertTrue(offline.linker().link(NEWSPAPER).isEmpty(), "never asked online: unknown offline");
            assertTrue(offline.summary().contains("offline"), offline.summary());
        }
        assertEquals(requests, server.requestCount());
    }

    @Test
    void withoutNetworkOneWarningAndTheCacheStillAnswers() {
        try (WikidataSession online = session(WikidataSession.Mode.ONLINE)) {
            online.linker().link(SPOKESWOMAN);
        }
        server.close();

        try (WikidataSession cut = session(WikidataSession.Mode.ONLINE)) {
            assertTrue(cut.linker().link(NEWSPAPER).isEmpty());
            assertTrue(cut.linker().link(NEWSPAPER).isEmpty());
            assertEquals("Q99000001", cut.linker().link(SPOKESWOMAN).orElseThrow().id());
            assertTrue(cut.wentOffline());
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("Wikidata is not reachable"), warnings.get(0));
    }

    @Test
    void aWorkingNetworkGivesNoWarning() {
        try (WikidataSession online = session(WikidataSession.Mode.ONLINE)) {
            online.linker().link(NEWSPAPER);
            assertFalse(online.wentOffline());
        }
        assertEquals(List.of(), warnings);
    }
}
