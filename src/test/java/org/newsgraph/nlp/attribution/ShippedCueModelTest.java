package org.newsgraph.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** The model shipped in the jar, on sentences parsed by the pipeline. */
class ShippedCueModelTest {
    private static double probability(String text, String verb) {
        Sentence s = NlpPipeline.shared().analyze(text, null).sentences().get(0);
        for (Token t : s.tokens()) {
            if (t.word().equals(verb)) return CueModel.shared().probability(s, t.index());
        }
        throw new AssertionError(verb + " not in " + text);
    }

    @Test
    void theModelIsShippedAndLoadsOnce() {
        assertTrue(CueModel.shared().weights().size() > 1000, "features: " + CueModel.shared().weights().size());
        assertTrue(CueModel.shared() == CueModel.shared());
    }

    @Test
    void aVerbIsJudgedInItsSentenceNotByItsLemma() {
        assertTrue(probability("The minister found that the reforms had failed.", "found")
                > probability("The minister found the keys on the table.", "found"));
        assertTrue(probability("Officials said that the talks would continue.", "said") > 0.9);
        assertTrue(probability("Officials said that the talks would continue.", "continue") < 0.1);
    }

    @Test
    void nounsAreNoCandidates() {
        Sentence s = NlpPipeline.shared().analyze("The claim was false.", null).sentences().get(0);
        assertTrue(CueModel.shared().probability(s, 1) == 0, List.of(s.tokens().get(1)).toString());
    }
}
