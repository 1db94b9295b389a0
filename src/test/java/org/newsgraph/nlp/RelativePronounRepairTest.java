package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of the antecedent of "who", on hand-built parses of the shapes the parser gives. */
class RelativePronounRepairTest {
    /** "Lopez was outpacing Ana Diaz , who said she would stay": 0 … 5 who, 6 said, 7 she, 8 would, 9 stay. */
    private static final List<Token> OUTPACING = TaggedTokens.tokens(
            "Lopez/NNP was/VBD outpacing/VBG Ana/NNP Diaz/NNP ,/, who/WP said/VBD she/PRP would/MD stay/VB",
            "PERSON O O PERSON PERSON O O O O O O");

    @Test
    void aWhoClauseLeftAsAClauseOfItsOwnIsAboutThePersonNamedBeforeIt() {
        List<Dependency> parse = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj"),
                new Dependency(2, 4, "obj"), new Dependency(4, 3, "compound"), new Dependency(2, 7, "parataxis"),
                new Dependency(7, 6, "nsubj"), new Dependency(7, 10, "ccomp"), new Dependency(10, 8, "nsubj"));
        List<Dependency> repaired = RelativePronounRepair.repair(OUTPACING, parse);
        assertTrue(repaired.contains(new Dependency(4, 7, "acl:relcl")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(4, 6, "ref")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(7, 4, "nsubj")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(2, 7, "parataxis")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(7, 6, "nsubj")), repaired.toString());
    }

    /** "a backlash from groups and business leaders who say the law …": the clause is the leaders', not the backlash's. */
    @Test
    void aThingTakenForTheAntecedentGivesWayToThePeopleNamedBeforeWho() {
        List<Token> tokens = TaggedTokens.tokens(
                "a/DT backlash/NN from/IN groups|group/NNS and/CC business/NN leaders|leader/NNS who/WP say/VBP it/PRP failed/VBD",
                "O O O O O O O O O O O");
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 3, "nmod:from"),
                new Dependency(1, 6, "nmod:from"), new Dependency(1, 7, "ref"), new Dependency(1, 8, "acl:relcl"),
                new Dependency(8, 1, "nsubj"), new Dependency(8, 10, "ccomp"), new Dependency(10, 9, "nsubj"));
        List<Dependency> repaired = RelativePronounRepair.repair(tokens, parse);
        assertTrue(repaired.contains(new Dependency(6, 8, "acl:relcl")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(6, 7, "ref")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 6, "nsubj")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(8, 1, "nsubj")), repaired.toString());
    }

    /** "Reached on Tuesday , Diaz — who is a lawyer —": a date taken for the antecedent gives way to the name. */
    @Test
    void aDateTakenForTheAntecedentGivesWayToTheName() {
        List<Token> tokens = TaggedTokens.tokens("Reached/VBN on/IN Tuesday/NNP ,/, Diaz/NNP —/, who/WP is/VBZ listed/VBN",
                "O O DATE O PERSON O O O O");
        List<Dependency> parse = List.of(new Dependency(-1, 0, "root"), new Dependency(0, 2, "obl:on"),
                new Dependency(2, 4, "appos"), new Dependency(2, 6, "ref"), new Dependency(2, 8, "acl:relcl"),
                new Dependency(8, 2, "nsubj:pass"), new Dependency(8, 7, "aux:pass"));
        List<Dependency> repaired = RelativePronounRepair.repair(tokens, parse);
        assertTrue(repaired.contains(new Dependency(4, 8, "acl:relcl")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 4, "nsubj:pass")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(8, 2, "nsubj:pass")), repaired.toString());
    }

    /** "officials in the ministry , who …": the parser's antecedent, a noun for people too, stands. */
    @Test
    void anAntecedentThatNamesPeopleStands() {
        List<Token> tokens = TaggedTokens.tokens("officials|official/NNS in/IN the/DT ministry/NN ,/, who/WP spoke/VBD",
                "O O O O O O O");
        List<Dependency> parse = List.of(new Dependency(-1, 6, "root"), new Dependency(0, 3, "nmod:in"),
                new Dependency(0, 5, "ref"), new Dependency(0, 6, "acl:relcl"), new Dependency(6, 0, "nsubj"));
        assertEquals(parse, RelativePronounRepair.repair(tokens, parse));
    }

    /** "the report , who …" names nobody who could be meant: the parse is left alone. */
    @Test
    void withoutAPersonBeforeWhoNothingChanges() {
        List<Token> tokens = TaggedTokens.tokens("the/DT report/NN ,/, who/WP said/VBD it/PRP",
                "O O O O O O");
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 4, "parataxis"),
                new Dependency(4, 3, "nsubj"), new Dependency(4, 5, "obj"));
        assertEquals(parse, RelativePronounRepair.repair(tokens, parse));
    }
}
