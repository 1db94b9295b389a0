package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a first name tagged as a modal or a verb inside a name NER found. */
class PersonNameTagsTest {
    @Test
    void aFirstNameTaggedAsAModalInAPersonsNameIsAProperNoun() {
        List<CoreLabel> t = TaggedTokens.withNer("Correspondent/NN Will/MD Carless/NNP discusses/VBZ", "O PERSON PERSON O");
        PersonNameTags.repair(t);
        assertEquals("NNP", t.get(1).tag());
        assertEquals("Will", t.get(1).lemma());
        assertEquals("VBZ", t.get(3).tag());
    }

    @Test
    void theSameWordOutsideANameStaysAsTagged() {
        List<CoreLabel> t = TaggedTokens.withNer("Carless/NNP Will/MD Discuss/VB", "PERSON O O");
        PersonNameTags.repair(t);
        assertEquals("MD", t.get(1).tag());
        List<CoreLabel> lower = TaggedTokens.withNer("Carless/NNP will/MD discuss/VB", "PERSON PERSON O");
        PersonNameTags.repair(lower);
        assertEquals("MD", lower.get(1).tag());
    }
}
