package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class NounHeadTagsTest {

    @Test
    void anAdjectiveEndingAPhraseBeforeItsVerbIsANoun() {
        List<CoreLabel> t = TaggedTokens.of("Kenya/NNP ’s/POS military/JJ quickly/RB launched/VBD missiles/NNS");
        NounHeadTags.repair(t);
        assertEquals("NN", t.get(2).tag());
    }

    @Test
    void anAdjectiveBeforeAParticipleWithAnObjectIsItsSubject() {
        List<CoreLabel> t = TaggedTokens.of("the/DT Kenyan/JJ military/JJ temporarily/RB detained/VBN Prime/NNP Minister/NNP");
        NounHeadTags.repair(t);
        assertEquals("NN", t.get(2).tag());
        assertEquals("VBD", t.get(4).tag());
        List<CoreLabel> passive = TaggedTokens.of("the/DT military/JJ budget/NN approved/VBN by/IN parliament/NN");
        NounHeadTags.repair(passive);
        assertEquals("JJ", passive.get(1).tag());
        assertEquals("VBN", passive.get(3).tag());
    }

    @Test
    void anAdjectiveBeforeItsNounOrAfterACopulaStays() {
        List<CoreLabel> modifier = TaggedTokens.of("the/DT military/JJ exercises/NNS began/VBD");
        NounHeadTags.repair(modifier);
        assertEquals("JJ", modifier.get(1).tag());
        List<CoreLabel> predicate = TaggedTokens.of("the/DT talks/NNS were/VBD useful/JJ and/CC ended/VBD");
        NounHeadTags.repair(predicate);
        assertEquals("JJ", predicate.get(3).tag());
    }

    @Test
    void thePipelineFindsTheSubjectOfAnAdjectiveTaggedHead() {
        Sentence s = NlpPipeline.shared().analyze("Kenya’s military launched several warning missiles on Monday.", null)
                .sentences().get(0);
        int military = 2;
        assertTrue(s.dependencies().stream().anyMatch(d -> d.relation().equals("nsubj") && d.dependent() == military),
                s.dependencies().toString());
    }
}
