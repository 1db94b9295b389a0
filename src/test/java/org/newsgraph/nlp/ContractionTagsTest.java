package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractionTagsTest {
    /** Tokens "word/TAG" with their lemmas set to the word. */
    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String wt : text.split(" ")) {
            int slash = wt.lastIndexOf('/');
            CoreLabel t = new CoreLabel();
            t.setWord(wt.substring(0, slash));
            t.setTag(wt.substring(slash + 1));
            t.setLemma(t.word());
            tokens.add(t);
        }
        return tokens;
    }

    @Test
    void aCliticAfterAPronounIsTheVerb() {
        List<CoreLabel> t = tagged("He/PRP ’s/POS a/DT fool/NN");
        ContractionTags.repair(t);
        assertEquals("VBZ", t.get(1).tag());
        assertEquals("be", t.get(1).lemma());
        List<CoreLabel> perfect = tagged("It/PRP ’s/POS been/VBN hard/JJ");
        ContractionTags.repair(perfect);
        assertEquals("have", perfect.get(1).lemma());
    }

    @Test
    void aPossessiveAfterANameStays() {
        List<CoreLabel> t = tagged("Russia/NNP ’s/POS invasion/NN");
        ContractionTags.repair(t);
        assertEquals("POS", t.get(1).tag());
    }

    @Test
    void thePipelineParsesTheCopulaOfATypographicContraction() {
        AnalyzedText analyzed = NlpPipeline.shared().analyze("“He’s a fool,” she said.", null);
        Sentence s = analyzed.sentences().get(0);
        assertEquals("VBZ", s.tokens().get(2).pos(), s.tokens().toString());
        assertEquals(true, s.dependencies().stream().anyMatch(d -> d.relation().equals("cop") && d.dependent() == 2),
                s.dependencies().toString());
    }
}
