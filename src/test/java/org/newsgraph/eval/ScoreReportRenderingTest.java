package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreReportRenderingTest {
    private static ScoreReport report;

    @BeforeAll
    static void evaluate() {
        report = EvalFixtures.evaluate("entities");
    }

    @Test
    void textHasRulesHeaderRowsTotalsAndMissingList() {
        String text = report.toText();
        assertTrue(text.startsWith("newsgraph eval against entities.json: 6 gold articles, 1 missing"), text);
        assertTrue(text.contains("Scoring rules:"), text);
        assertTrue(text.contains("missing-42 (missing)"), text);
        assertTrue(text.lines().anyMatch(line -> line.startsWith("wrong-link.txt") && line.contains("0.500")), text);
        assertTrue(text.lines().anyMatch(line -> line.startsWith("TOTAL (micro)") && line.contains("5/9")), text);
        assertTrue(text.contains("Missing from the graph (no ng:Article with this ng:sourceId): missing-42"), text);
        assertTrue(text.lines().allMatch(line -> line.length() <= 140), "lines stay readable");
    }

    @Test
    void jsonHasTheSameFiguresWithNullForUndefined() throws IOException {
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals("entities.json", json.get("gold").asText());
        assertTrue(json.get("rules").size() > 0);
        JsonNode labelMatch = json.get("articles").get(1);
        assertEquals("label-match.txt", labelMatch.get("sourceId").asText());
        assertEquals(3, labelMatch.get("entities").get("found").asInt());
        assertTrue(labelMatch.get("entities").get("precision").isNull());
        assertEquals(1.0, labelMatch.get("entities").get("recall").asDouble());
        assertTrue(labelMatch.get("events").get("modality").get("accuracy").isNull());
        assertEquals(5, json.get("total").get("entities").get("found").asInt());
        assertEquals("missing-42", json.get("missing").get(0).asText());
        assertEquals("extra.txt", json.get("notInGold").get(0).asText());
        assertTrue(json.get("articles").get(5).get("missing").asBoolean());
    }
}
