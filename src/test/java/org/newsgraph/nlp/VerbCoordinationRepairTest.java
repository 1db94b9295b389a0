package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a finite verb the parser coordinated with a noun, on hand-built parses. */
class VerbCoordinationRepairTest {
    /** "Kenya sent troops in recent weeks and announced talks": 0 Kenya, 1 sent, 2 troops, 3 in, 4 recent, 5 weeks, 6 and, 7 announced, 8 talks. */
    private static final List<Token> TOKENS = TaggedTokens.tokens("Kenya/NNP sent/VBD troops/NNS in/IN recent/JJ weeks/NNS and/CC announced/VBD talks/NNS");

    @Test
    void aVerbConjoinedToANounIsAConjunctOfTheVerbAboveItAndSharesItsSubject() {
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(1, 5, "obl:in"), new Dependency(5, 3, "case"),
                new Dependency(5, 4, "amod"), new Dependency(5, 7, "conj:and"), new Dependency(7, 6, "cc"),
                new Dependency(1, 7, "obl:in"), new Dependency(7, 8, "obj"));
        List<Dependency> repaired = VerbCoordinationRepair.repair(TOKENS, parse);
        assertTrue(repaired.contains(new Dependency(1, 7, "conj:and")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(7, 0, "nsubj")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(5, 7, "conj:and")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(1, 7, "obl:in")), "the copied attachment goes too: " + repaired);
    }

    @Test
    void aVerbWithItsOwnSubjectOrConjoinedToAVerbIsLeftAsItIs() {
        List<Dependency> ownSubject = new ArrayList<>(List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 5, "obl:in"), new Dependency(5, 7, "conj:and"), new Dependency(7, 2, "nsubj")));
        assertEquals(ownSubject, VerbCoordinationRepair.repair(TOKENS, ownSubject));
        List<Dependency> verbs = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 7, "conj:and"));
        assertEquals(verbs, VerbCoordinationRepair.repair(TOKENS, verbs));
    }

    /** "Sudria wants to topple Lars, expel Norland and rule": 0 Sudria, 1 wants, 2 to, 3 topple, 4 Lars, 5 ",", 6 expel, 7 Norland, 8 and, 9 rule. */
    private static final List<Token> INFINITIVES = TaggedTokens.tokens("Sudria/NNP wants/VBZ to/TO topple/VB Lars/NNP ,/, expel/VBP Norland/NNP and/CC rule/VB");

    @Test
    void aBaseFormConjoinedToAFiniteVerbJoinsItsInfinitive() {
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "xcomp"), new Dependency(3, 0, "nsubj:xsubj"), new Dependency(3, 4, "obj"),
                new Dependency(1, 6, "conj:and"), new Dependency(6, 0, "nsubj"), new Dependency(6, 7, "obj"),
                new Dependency(1, 9, "conj:and"), new Dependency(9, 0, "nsubj"));
        List<Dependency> repaired = VerbCoordinationRepair.repair(INFINITIVES, parse);
        assertTrue(repaired.contains(new Dependency(3, 6, "conj:and")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 9, "conj:and")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(1, 6, "conj:and")), repaired.toString());
    }

    @Test
    void aConjunctWithASubjectOfItsOwnStaysWithTheFiniteVerb() {
        // "Sudria wants to topple Lars, Norland expel …": the second clause has its own subject
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "xcomp"), new Dependency(1, 6, "conj:and"), new Dependency(6, 7, "nsubj"));
        assertEquals(parse, VerbCoordinationRepair.repair(INFINITIVES, parse));
        // "Sudria wants to topple Lars, did expel …": an auxiliary makes the conjunct finite
        List<Dependency> auxiliary = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "xcomp"), new Dependency(1, 6, "conj:and"), new Dependency(6, 5, "aux"));
        assertEquals(auxiliary, VerbCoordinationRepair.repair(INFINITIVES, auxiliary));
    }
}
