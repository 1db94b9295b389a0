package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiResponsesTest {
    private static WikidataEntity entity(String id) throws IOException {
        return ApiResponses.entities(FakeWikidataServer.fixture("entities/" + id + ".json")).get(id);
    }

    @Test
    void searchHitsKeepRankLabelDescriptionAndMatchedText() throws IOException {
        List<SearchHit> hits = ApiResponses.searchHits(FakeWikidataServer.fixture("search/russian-foreign-ministry.json"));

        assertEquals(1, hits.size());
        assertEquals(new SearchHit("Q99200004", "Ministry of Foreign Affairs of Russia", "Russian government ministry",
                "Russian Foreign Ministry"), hits.get(0));
    }

    @Test
    void positionsCarryTheirStartAndEndQualifiers() throws IOException {
        WikidataEntity president = entity("Q99000003");

        assertEquals(List.of(new HeldPosition("Q99100002", LocalDate.of(2017, 5, 10), LocalDate.of(2022, 5, 9))),
                president.positions(), "the deprecated position claim is left out");
        assertEquals(LocalDate.of(1953, 1, 24), president.born());
        assertEquals(List.of("Han Jaewon"), president.aliases());
    }

    @Test
    void timesKnownToTheYearOrMonthStandForTheirWholePeriod() throws IOException {
        WikidataEntity old = entity("Q99000005");
        assertEquals(LocalDate.of(1870, 1, 1), old.born());
        assertEquals(LocalDate.of(1931, 3, 31), old.died());
    }

    @Test
    void snaksWithNoValueAreNotValues() throws IOException {
        assertEquals(List.of(), entity("Q99000006").citizenship());
    }

    @Test
    void classesKeepTheirSuperclasses() throws IOException {
        assertEquals(List.of("Q192350"), entity("Q99400001").subclassOf());
        assertEquals(List.of("Q99400001"), entity("Q99200004").instanceOf());
    }

    @Test
    void missingEntitiesAreLeftOut() {
        JsonNode answer = ApiResponses.parse("{\"entities\":{\"Q1\":{\"id\":\"Q1\",\"missing\":\"\"}},\"success\":1}");
        assertEquals(Map.of(), ApiResponses.entities(answer));
    }

    @Test
    void aRedirectedIdIsKeptUnderTheTargetId() {
        JsonNode answer = ApiResponses.parse("{\"entities\":{\"Q2\":{\"type\":\"item\",\"id\":\"Q3\","
                + "\"redirects\":{\"from\":\"Q2\",\"to\":\"Q3\"},\"labels\":{},\"claims\":{}}},\"success\":1}");
        assertEquals(List.of("Q3"), List.copyOf(ApiResponses.entities(answer).keySet()));
        assertEquals("Q3", ApiResponses.entities(answer).get("Q3").label(), "no English label: the id stands in");
    }

    @Test
    void errorsAreRecognisedAndMaxlagIsRetryable() {
        JsonNode lag = ApiResponses.parse("{\"error\":{\"code\":\"maxlag\",\"info\":\"lagged\"}}");
        JsonNode bad = ApiResponses.parse("{\"error\":{\"code\":\"badvalue\",\"info\":\"no\"}}");

        assertTrue(ApiResponses.error(lag).orElseThrow().retryable());
        assertFalse(ApiResponses.error(bad).orElseThrow().retryable());
        assertTrue(ApiResponses.error(ApiResponses.parse("{\"search\":[]}")).isEmpty());
    }

    @Test
    void timeValuesOutsideTheCalendarAreUnknown() {
        assertNull(WikidataTime.parse("garbage", 11, WikidataTime.Bound.EARLIEST));
        assertEquals(LocalDate.of(2020, 2, 29), WikidataTime.parse("+2020-02-00T00:00:00Z", 10, WikidataTime.Bound.LATEST));
        assertEquals(LocalDate.of(2021, 12, 31), WikidataTime.parse("+2021-00-00T00:00:00Z", 9, WikidataTime.Bound.LATEST));
        assertEquals(LocalDate.of(2021, 1, 1), WikidataTime.parse("+2021-06-15T00:00:00Z", 9, WikidataTime.Bound.EARLIEST));
    }
}
