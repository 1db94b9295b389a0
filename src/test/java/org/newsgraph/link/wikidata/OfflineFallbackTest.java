package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfflineFallbackTest {
    /** An API whose network is gone; counts how often it was asked. */
    private static final class Unreachable implements WikidataApi {
        int calls;

        @Override
        public Optional<List<SearchHit>> search(String name) {
            calls++;
            throw new WikidataUnavailableException("cannot reach www.wikidata.org: java.net.UnknownHostException");
        }

        @Override
        public Map<String, WikidataEntity> entities(Collection<String> ids) {
            calls++;
            throw new WikidataUnavailableException("cannot reach www.wikidata.org");
        }
    }

    @Test
    void oneWarningThenOfflineWithoutAskingAgain() {
        Unreachable remote = new Unreachable();
        List<String> warnings = new ArrayList<>();
        OfflineFallback fallback = new OfflineFallback(remote, warnings::add);

        assertTrue(fallback.search("A Name").isEmpty());
        assertEquals(Map.of(), fallback.entities(List.of("Q1")));
        assertTrue(fallback.search("Another Name").isEmpty());

        assertEquals(1, remote.calls);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("going on offline"), warnings.get(0));
        assertTrue(warnings.get(0).contains("UnknownHostException"), warnings.get(0));
        assertTrue(fallback.isOffline());
    }

    @Test
    void answersPassThroughWhileTheNetworkWorks() {
        OfflineFallback fallback = new OfflineFallback(new WikidataApi() {
            @Override
            public Optional<List<SearchHit>> search(String name) {
                return Optional.of(List.of(new SearchHit("Q1", name, "", name)));
            }

            @Override
            public Map<String, WikidataEntity> entities(Collection<String> ids) {
                return Map.of();
            }
        }, message -> {
            throw new AssertionError("no warning expected: " + message);
        });

        assertEquals(1, fallback.search("A Name").orElseThrow().size());
        assertFalse(fallback.isOffline());
    }
}
