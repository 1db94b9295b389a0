package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractionTagsTest {

    @Test
    void aCliticAfterAPronounIsTheVerb() {
        List<CoreLabel> t = TaggedTokens.of("He/PRP ’s/POS a/DT fool/NN");
        ContractionTags.repair(t);
        assertEquals("VBZ", t.get(1).tag());
        assertEquals("be", t.get(1).lemma());
        List<CoreLabel> perfect = TaggedTokens.of("It/PRP ’s/POS been/VBN hard/JJ");
        ContractionTags.repair(perfect);
        assertEquals("have", perfect.get(1).lemma());
    }

    @Test
    void aPronounBeforeAContractionIsNoName() {
        List<CoreLabel> t = TaggedTokens.of("today/NN :/: He/NNP ’s/VBZ not/RB dropping/VBG out/RP");
        ContractionTags.repair(t);
        assertEquals("PRP", t.get(2).tag());
        assertEquals("he", t.get(2).lemma());
        // a name, or the pronoun's word without a contraction ("He Lifeng said"), stays as tagged
        List<CoreLabel> name = TaggedTokens.of("He/NNP Lifeng/NNP said/VBD");
        ContractionTags.repair(name);
        assertEquals("NNP", name.get(0).tag());
    }

    @Test
    void aPossessiveAfterANameStays() {
        List<CoreLabel> t = TaggedTokens.of("Russia/NNP ’s/POS invasion/NN");
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
