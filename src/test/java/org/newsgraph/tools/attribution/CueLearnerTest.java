package org.newsgraph.tools.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.CueCounts;
import org.newsgraph.lexicon.SourceCounts;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.learn.LabeledExample;
import org.newsgraph.tools.polnear.GoldAttribution;
import org.newsgraph.tools.polnear.PolnearDocument;

class CueLearnerTest {
    private static final String TEXT = "Lee said taxes will rise. Kim said nothing. Critics accused the mayor of lying.";

    @Test
    void countsEachVerbAndTheRelationFromItsCuesToTheirContent() {
        GoldAttribution taxes = new GoldAttribution("E1", List.of(new Span(9, 24)), List.of(new Span(0, 3)), false,
                List.of(new Span(4, 8)));
        GoldAttribution lying = new GoldAttribution("E2", List.of(new Span(53, 78)), List.of(new Span(44, 51)), false,
                List.of(new Span(52, 59)));
        PolnearDocument document = new PolnearDocument("paper_2016-10-02_a", TEXT, null, List.of(taxes, lying));

        CueLearner learner = new CueLearner(NlpPipeline.shared());
        List<CueCounts> counts = learner.learn(List.of(document), done -> { });

        // "said" twice, once as a cue: the second "said" has no annotation.
        assertEquals(new CueCounts("say", 2, 1, Map.of("ccomp", 1)), counts.get(1));
        assertEquals(new CueCounts("accuse", 1, 1, Map.of("obj", 1)), counts.get(0));
        assertEquals(2, counts.size());
        // Sources: "Lee" is a name, not a common noun; "Critics" is.
        assertEquals(List.of(new SourceCounts("critic", 1, 1)), learner.sources());
        // The cue model's examples: every verb, labelled by whether it heads a gold cue.
        List<String> cues = learner.examples().stream().filter(LabeledExample::positive)
                .map(e -> e.features().stream().filter(f -> f.startsWith("lemma=")).findFirst().orElseThrow()).toList();
        assertEquals(List.of("lemma=say", "lemma=accuse"), cues);
        assertTrue(learner.examples().size() >= 5, learner.examples().toString());
    }
}
