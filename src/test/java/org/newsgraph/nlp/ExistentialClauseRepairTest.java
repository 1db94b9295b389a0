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
        List<Dependency> repaired = repaired("He/PRP said/VBD there/EX were/VBD many/JJ tweets/NNS",
                new Dependency(-1, 5, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "advmod"),
                new Dependency(5, 1, "csubj"), new Dependency(5, 3, "cop"), new Dependency(5, 4, "amod"));
        assertTrue(repaired.contains(new Dependency(-1, 1, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 5, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(5, 2, "expl")), repaired.toString());
        assertFalse(repaired.stream().anyMatch(d -> d.relation().startsWith("csubj") || d.relation().equals("advmod")), repaired.toString());
    }

    /** "Officials said there are no plans": the clause left unlabelled (dep) is the verb's complement. */
    @Test
    void anUnlabelledClauseIsTheVerbsComplement() {
        List<Dependency> repaired = repaired("Officials/NNS said/VBD there/EX are/VBP no/DT plans/NNS",
                new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "advmod"),
                new Dependency(1, 3, "dep"), new Dependency(3, 5, "nsubj"), new Dependency(5, 4, "det"));
        assertTrue(repaired.contains(new Dependency(1, 3, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 2, "expl")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(-1, 1, "root")), repaired.toString());
    }

    /** "She says there is a risk", parsed right, and "Is there a risk?" stay as they are. */
    @Test
    void aRightParseAndAQuestionStay() {
        assertLeftAsParsed("She/PRP says/VBZ there/EX is/VBZ a/DT risk/NN",
                new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 3, "ccomp"),
                new Dependency(3, 2, "expl"), new Dependency(3, 5, "nsubj"), new Dependency(5, 4, "det"));
        assertLeftAsParsed("Is/VBZ there/EX a/DT risk/NN",
                new Dependency(-1, 0, "root"), new Dependency(0, 1, "expl"), new Dependency(0, 3, "nsubj"),
                new Dependency(3, 2, "det"));
    }

    /** "They stayed there and were safe": a clause hung otherwise (a conjunct) is left as parsed. */
    @Test
    void anotherAttachmentIsLeftAsParsed() {
        assertLeftAsParsed("They/PRP stayed/VBD there/EX and/CC were/VBD safe/JJ",
                new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "advmod"),
                new Dependency(1, 5, "conj:and"), new Dependency(5, 3, "cop"), new Dependency(5, 4, "cc"));
    }

    /**
     * "He argued there are steps that could be taken": the enhanced graph has the noun the relative
     * clause modifies for that clause's subject, an edge to the clause from inside it that stays.
     */
    @Test
    void theSubjectOfARelativeClauseInsideStays() {
        List<Dependency> repaired = repaired("He/PRP argued/VBD there/EX are/VBP steps/NNS that/WDT could/MD be/VB taken/VBN",
                new Dependency(-1, 4, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "advmod"),
                new Dependency(4, 1, "csubj"), new Dependency(4, 3, "cop"), new Dependency(4, 8, "acl:relcl"),
                new Dependency(8, 4, "nsubj:pass"), new Dependency(8, 6, "aux"), new Dependency(8, 7, "aux:pass"));
        assertTrue(repaired.contains(new Dependency(1, 4, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(-1, 1, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 4, "nsubj:pass")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(8, 1, "nsubj:pass")), repaired.toString());
    }

    private static List<Dependency> repaired(String tagged, Dependency... parse) {
        return ExistentialClauseRepair.repair(TaggedTokens.tokens(tagged), List.of(parse));
    }

    private static void assertLeftAsParsed(String tagged, Dependency... parse) {
        assertEquals(List.of(parse), repaired(tagged, parse));
    }
}
