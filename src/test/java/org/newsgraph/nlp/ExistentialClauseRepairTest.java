package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a clause opened by existential "there" that the parser hung from the verb before it, on hand-built parses. */
class ExistentialClauseRepairTest {

    /** "He said there were many tweets": 0 He, 1 said, 2 there, 3 were, 4 many, 5 tweets. */
    @Test
    void aVerbReadAsTheClausalSubjectOfTheClauseGovernsIt() {
        List<Token> tokens = TaggedTokens.tokens("He/PRP said/VBD there/EX were/VBD many/JJ tweets/NNS");
        List<Dependency> parse = List.of(new Dependency(-1, 5, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "advmod"), new Dependency(5, 1, "csubj"), new Dependency(5, 3, "cop"),
                new Dependency(5, 4, "amod"));
        List<Dependency> repaired = ExistentialClauseRepair.repair(tokens, parse);
        assertTrue(repaired.contains(new Dependency(-1, 1, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 5, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(5, 2, "expl")), repaired.toString());
        assertFalse(repaired.stream().anyMatch(d -> d.relation().startsWith("csubj") || d.relation().equals("advmod")), repaired.toString());
    }

    /** "Officials said there are no plans": the clause left unlabelled (dep) is the verb's complement. */
    @Test
    void anUnlabelledClauseIsTheVerbsComplement() {
        List<Token> tokens = TaggedTokens.tokens("Officials/NNS said/VBD there/EX are/VBP no/DT plans/NNS");
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "advmod"), new Dependency(1, 3, "dep"), new Dependency(3, 5, "nsubj"),
                new Dependency(5, 4, "det"));
        List<Dependency> repaired = ExistentialClauseRepair.repair(tokens, parse);
        assertTrue(repaired.contains(new Dependency(1, 3, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 2, "expl")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(-1, 1, "root")), repaired.toString());
    }

    /** "She says there is a risk", parsed right, and "Is there a risk?" stay as they are. */
    @Test
    void aRightParseAndAQuestionStay() {
        List<Token> says = TaggedTokens.tokens("She/PRP says/VBZ there/EX is/VBZ a/DT risk/NN");
        List<Dependency> right = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "ccomp"), new Dependency(3, 2, "expl"), new Dependency(3, 5, "nsubj"),
                new Dependency(5, 4, "det"));
        assertEquals(right, ExistentialClauseRepair.repair(says, right));
        List<Token> question = TaggedTokens.tokens("Is/VBZ there/EX a/DT risk/NN");
        List<Dependency> asked = List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "expl"),
                new Dependency(0, 3, "nsubj"), new Dependency(3, 2, "det"));
        assertEquals(asked, ExistentialClauseRepair.repair(question, asked));
    }

    /** "They stayed there was …" is no shape of this repair when the clause hangs otherwise (conjunct): left as parsed. */
    @Test
    void anotherAttachmentIsLeftAsParsed() {
        List<Token> tokens = TaggedTokens.tokens("They/PRP stayed/VBD there/EX and/CC were/VBD safe/JJ");
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "advmod"), new Dependency(1, 5, "conj:and"), new Dependency(5, 3, "cop"),
                new Dependency(5, 4, "cc"));
        assertEquals(parse, ExistentialClauseRepair.repair(tokens, parse));
    }

    /**
     * "He argued there are steps that could be taken": the enhanced graph has the noun the relative
     * clause modifies for that clause's subject, an edge to the clause from inside it that stays.
     */
    @Test
    void theSubjectOfARelativeClauseInsideStays() {
        List<Token> tokens = TaggedTokens.tokens("He/PRP argued/VBD there/EX are/VBP steps/NNS that/WDT could/MD be/VB taken/VBN");
        List<Dependency> parse = List.of(new Dependency(-1, 4, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "advmod"), new Dependency(4, 1, "csubj"), new Dependency(4, 3, "cop"),
                new Dependency(4, 8, "acl:relcl"), new Dependency(8, 4, "nsubj:pass"), new Dependency(8, 6, "aux"),
                new Dependency(8, 7, "aux:pass"));
        List<Dependency> repaired = ExistentialClauseRepair.repair(tokens, parse);
        assertTrue(repaired.contains(new Dependency(1, 4, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(-1, 1, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 4, "nsubj:pass")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(8, 1, "nsubj:pass")), repaired.toString());
    }
}
