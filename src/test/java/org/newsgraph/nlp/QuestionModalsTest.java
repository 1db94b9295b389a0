package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The modal that opens a question before a name, which NER takes for a first name. */
class QuestionModalsTest {
    @Test
    void aModalOpeningAQuestionBeforeANameIsNoPartOfIt() {
        List<CoreLabel> t = TaggedTokens.withNer("Will/NNP Odinga/NNP go/VB to/TO jail/NN ?/.", "PERSON PERSON O O O O");
        QuestionModals.repair(t);
        assertEquals("O", t.get(0).ner());
        assertEquals("MD", t.get(0).tag());
        assertEquals("will", t.get(0).lemma());
        assertEquals("PERSON", t.get(1).ner());
    }

    @Test
    void aNameInAStatementOrWithoutAVerbAfterItStays() {
        List<CoreLabel> statement = TaggedTokens.withNer("Will/NNP Odinga/NNP slapped/VBD Ruto/NNP ./.", "PERSON PERSON O PERSON O");
        QuestionModals.repair(statement);
        assertEquals("PERSON", statement.get(0).ner());
        List<CoreLabel> question = TaggedTokens.withNer("Who/WP is/VBZ Will/NNP Odinga/NNP ?/.", "O O PERSON PERSON O");
        QuestionModals.repair(question);
        assertEquals("PERSON", question.get(2).ner());
        List<CoreLabel> verbless = TaggedTokens.withNer("Will/NNP Odinga/NNP ?/.", "PERSON PERSON O");
        QuestionModals.repair(verbless);
        assertEquals("PERSON", verbless.get(0).ner());
    }
}
