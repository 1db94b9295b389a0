package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseVerbTagsTest {

    private static String repaired(String tagged, int index) {
        List<CoreLabel> t = TaggedTokens.of(tagged);
        ClauseVerbTags.repair(t);
        return t.get(index).tag();
    }

    @Test
    void aNounAfterANameThatOpensAClauseIsItsVerb() {
        assertEquals("VBZ", repaired("if/IN Chile/NNP attacks/NNS ./.", 2));
        assertEquals("VBZ", repaired("unless/IN Chile/NNP withdraws/NNS its/PRP$ troops/NNS", 2));
        assertEquals("VBZ", repaired("when/WRB the/DT Kremlin/NNP bombs/NNS Lima/NNP", 3));
        assertEquals("VBZ", repaired("if/IN Chile/NNP attacks/NNS", 2));
    }

    @Test
    void aSubjectOrAModifierStaysANoun() {
        // a verb of its own after it: "if NATO members agree"
        assertEquals("NNS", repaired("if/IN NATO/NNP members/NNS agree/VBP", 2));
        // a noun after it: "if US arms sales resume"
        assertEquals("NNS", repaired("if/IN US/NNP arms/NNS sales/NNS resume/VBP", 2));
        // "after" also takes noun phrases: "after Chile strikes on Lima"
        assertEquals("NNS", repaired("after/IN Chile/NNP strikes/NNS on/IN Lima/NNP", 2));
        // no name between: "if attacks continue"
        assertEquals("NNS", repaired("if/IN attacks/NNS continue/VBP", 1));
    }

    @Test
    void theParserThenFindsTheClausesSubject() {
        Sentence s = NlpPipeline.shared().analyze("Chile threatened to kill the hostages if Peru attacks.", null)
                .sentences().get(0);
        int peru = 7;
        int attacks = 8;
        assertTrue(s.dependencies().stream().anyMatch(d -> d.relation().equals("nsubj") && d.dependent() == peru
                && d.governor() == attacks), s.dependencies().toString());
    }
}
