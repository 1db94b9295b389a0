package org.newsgraph.link.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkingScoreTest {
    // "Ana Ruiz of Utopia met the Example Corp board." with gold: a person, a state, an
    // organization, a NIL mention and a pronoun coreference; evaluation from offset 0 to 60.
    private static final String DOCUMENT = """
            {"id": 1, "title": "20200102 - A title", "text": "Ana Ruiz of Utopia met the Example Corp board. She left.",
             "evaluation_span": [0, 60], "labels": [
              {"id": 0, "span": [0, 8], "entity_id": "Q1", "name": "Ana Ruiz", "type": "Q215627"},
              {"id": 1, "span": [12, 18], "entity_id": "Q2", "name": "Utopia", "type": "Q27096213|Q43229"},
              {"id": 2, "span": [27, 39], "entity_id": "Q3", "name": "Example Corp", "type": "Q43229|Q2424752"},
              {"id": 3, "span": [40, 45], "entity_id": "<NIL>", "name": "Unknown", "type": "OTHER"},
              {"id": 4, "span": [47, 50], "entity_id": "Q1", "name": "Ana Ruiz", "type": "Q215627", "coref": true}]}
            """;

    private static ElevantDocument document() throws Exception {
        return ElevantDocument.parse(new ObjectMapper().readTree(DOCUMENT));
    }

    @Test
    void documentsKeepTheirEvaluationSpanDateAndLabelKinds() throws Exception {
        ElevantDocument document = document();
        assertEquals(LocalDate.of(2020, 1, 2), document.date());
        assertEquals(List.of(GoldLabel.Kind.PERSON, GoldLabel.Kind.LOCATION, GoldLabel.Kind.ORGANIZATION,
                GoldLabel.Kind.OTHER, GoldLabel.Kind.PERSON), document.labels().stream().map(GoldLabel::kind).toList());
        assertTrue(!document.labels().get(4).required(), "coreferences are not required");
    }

    @Test
    void rightWrongAndUnjudgedLinks() throws Exception {
        LinkingScore score = new LinkingScore();
        score.add(document(), List.of(
                new Prediction(0, 20, "Q1", GoldLabel.Kind.PERSON),          // overlaps Ana Ruiz and Utopia: right
                new Prediction(12, 18, "Q9", GoldLabel.Kind.LOCATION),       // wrong id
                new Prediction(40, 45, "Q3", GoldLabel.Kind.ORGANIZATION),   // links a NIL mention: wrong
                new Prediction(51, 55, "Q4", GoldLabel.Kind.ORGANIZATION),   // no gold there: unjudged
                new Prediction(70, 75, "Q4", GoldLabel.Kind.PERSON)),        // outside the evaluation span
                id -> id.equals("Q1"));

        LinkingScore.Counts person = score.of(GoldLabel.Kind.PERSON);
        assertEquals(1, person.right);
        assertEquals(1, person.judged);
        assertEquals(1, person.found);
        assertEquals(1, person.gold, "the coreference is not required");
        assertEquals(1, person.inGazetteer);
        assertEquals(0, score.of(GoldLabel.Kind.LOCATION).right);
        assertEquals(1, score.of(GoldLabel.Kind.LOCATION).gold);
        LinkingScore.Counts organization = score.of(GoldLabel.Kind.ORGANIZATION);
        assertEquals(1, organization.judged);
        assertEquals(1, organization.unjudged);
        assertEquals(0, organization.found);
        LinkingScore.Counts total = score.total();
        assertEquals(1.0 / 3, total.precision(), 1e-9);
        assertEquals(1.0 / 3, total.recall(), 1e-9);
        assertEquals(1.0 / 3, total.f1(), 1e-9);
    }

    @Test
    void theTableHasARowPerTypeAndTotals() throws Exception {
        LinkingScore score = new LinkingScore();
        score.add(document(), List.of(new Prediction(0, 8, "Q1", GoldLabel.Kind.PERSON)), id -> false);

        String table = ElevantLinkingBenchmark.table(new LinkedHashMap<>(Map.of("tiny", score)));

        assertTrue(table.contains("| tiny | person | 1.000 | 1.000 | 1.000 | 1 / 1 | 1 / 1 | 0 | 0 |"), table);
        assertTrue(table.contains("| tiny | location/state | – | 0.000 | – |"), table);
        assertTrue(table.contains("| **all five** | **all** |"), table);
    }
}
