package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikidataCacheTest {
    @TempDir
    Path dir;

    private static WikidataEntity person() {
        return new WikidataEntity("Q1", "Ana Example", "diplomat", List.of("A. Example"), List.of("Q5"), List.of(),
                List.of("Q159"), List.of(), List.of(),
                List.of(new HeldPosition("Q2", LocalDate.of(2015, 8, 10), null)), LocalDate.of(1975, 1, 1), null);
    }

    @Test
    void answersSurviveReopening() {
        SearchHit hit = new SearchHit("Q1", "Ana Example", "diplomat", "Ana Example");
        try (WikidataCache cache = WikidataCache.open(dir)) {
            cache.putSearch("Ana Example", List.of(hit));
            cache.putSearch("Nobody", List.of());
            cache.putEntity(person());
        }

        try (WikidataCache reopened = WikidataCache.open(dir)) {
            assertEquals(List.of(hit), reopened.search("ana  EXAMPLE").orElseThrow(), "names compared normalised");
            assertEquals(List.of(), reopened.search("Nobody").orElseThrow(), "no hits is an answer too");
            assertTrue(reopened.search("Someone Else").isEmpty());
            assertEquals(person(), reopened.entity("Q1").orElseThrow());
            assertEquals(2, reopened.searchCount());
            assertEquals(1, reopened.entityCount());
        }
    }

    @Test
    void aLaterLineWinsAndABrokenLineIsSkipped() throws IOException {
        try (WikidataCache cache = WikidataCache.open(dir)) {
            cache.putSearch("Ana Example", List.of());
            cache.putSearch("Ana Example", List.of(new SearchHit("Q1", "Ana Example", "", null)));
        }
        Files.writeString(dir.resolve(WikidataCache.SEARCH_FILE), "{\"v\":1,\"search\":\"cut off", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        try (WikidataCache reopened = WikidataCache.open(dir)) {
            assertEquals(1, reopened.search("Ana Example").orElseThrow().size());
            assertEquals(1, reopened.unreadableLines());
        }
    }
}
