package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandaloneBothTagsTest {

    @Test
    void bothWithNoConjunctAfterItIsADeterminer() {
        List<CoreLabel> t = TaggedTokens.of("blaming/VBG both/CC for/IN the/DT violence/NN");
        StandaloneBothTags.repair(t);
        assertEquals("DT", t.get(1).tag());
        List<CoreLabel> end = TaggedTokens.of("condemned/VBD both/CC ./.");
        StandaloneBothTags.repair(end);
        assertEquals("DT", end.get(1).tag());
    }

    @Test
    void bothBeforeItsFirstConjunctStaysAPreConjunction() {
        List<CoreLabel> t = TaggedTokens.of("both/CC Chile/NNP and/CC Peru/NNP");
        StandaloneBothTags.repair(t);
        assertEquals("CC", t.get(0).tag());
        List<CoreLabel> adjectives = TaggedTokens.of("both/CC military/JJ and/CC economic/JJ aid/NN");
        StandaloneBothTags.repair(adjectives);
        assertEquals("CC", adjectives.get(0).tag());
    }

    @Test
    void thePipelineMakesAStandaloneBothTheObject() {
        AnalyzedText analyzed = NlpPipeline.shared().analyze(
                "Chile focused on Peru and Bolivia, blaming both for the violence.", null);
        Sentence s = analyzed.sentences().get(0);
        int both = 8;
        assertEquals("both", s.tokens().get(both).word());
        assertTrue(s.dependencies().stream().anyMatch(d -> d.relation().equals("obj") && d.dependent() == both),
                s.dependencies().toString());
    }
}
