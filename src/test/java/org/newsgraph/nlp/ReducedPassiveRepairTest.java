package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a passive written without its auxiliary, on hand-built parses. */
class ReducedPassiveRepairTest {
    /** "Norland envoy arrested in Sudria": 0 Norland, 1 envoy, 2 arrested, 3 in, 4 Sudria. */
    private static final List<Token> HEADLINE = TaggedTokens.tokens("Norland/NNP envoy/NN arrested/VBN in/IN Sudria/NNP");

    @Test
    void theSubjectOfAParticipleWithoutAuxiliaryIsWhatTheVerbWasDoneTo() {
        List<Dependency> parse = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 1, "nsubj"),
                new Dependency(1, 0, "compound"), new Dependency(2, 4, "obl:in"), new Dependency(4, 3, "case"));
        List<Dependency> repaired = ReducedPassiveRepair.repair(HEADLINE, parse);
        assertTrue(repaired.contains(new Dependency(2, 1, "nsubj:pass")), repaired.toString());
        assertEquals(parse.size(), repaired.size());
    }

    @Test
    void anAuxiliaryOrAnObjectMakesTheSubjectTheDoer() {
        List<Dependency> perfect = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 1, "nsubj"), new Dependency(2, 0, "aux"));
        assertEquals(perfect, ReducedPassiveRepair.repair(HEADLINE, perfect));
        List<Dependency> object = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 1, "nsubj"), new Dependency(2, 4, "obj"));
        assertEquals(object, ReducedPassiveRepair.repair(HEADLINE, object));
    }

    /** "Lars has visited Sudria and spoken to troops": 0 Lars, 1 has, 2 visited, 3 Sudria, 4 and, 5 spoken, 6 to, 7 troops. */
    @Test
    void aConjunctKeepsTheSubjectItSharesWithTheFirstVerb() {
        List<Token> tokens = TaggedTokens.tokens("Lars/NNP has/VBZ visited/VBN Sudria/NNP and/CC spoken/VBN to/IN troops/NNS");
        List<Dependency> parse = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "aux"),
                new Dependency(2, 3, "obj"), new Dependency(2, 5, "conj:and"), new Dependency(5, 0, "nsubj"),
                new Dependency(5, 7, "obl:to"));
        assertEquals(parse, ReducedPassiveRepair.repair(tokens, parse));
    }

    /** "as troops amassed along the border, talks began": 0 as, 1 troops, 2 amassed, 3 along, 4 border, 5 talks, 6 began. */
    @Test
    void aParticipleInsideASentenceIsLeftAsItIs() {
        List<Token> tokens = TaggedTokens.tokens("as/IN troops/NNS amassed/VBN along/IN border/NN talks/NNS began/VBD");
        List<Dependency> parse = List.of(new Dependency(-1, 6, "root"), new Dependency(6, 5, "nsubj"), new Dependency(6, 2, "advcl:as"),
                new Dependency(2, 1, "nsubj"), new Dependency(2, 0, "mark"), new Dependency(2, 4, "obl:along"));
        assertEquals(parse, ReducedPassiveRepair.repair(tokens, parse));
    }

    /** "hostages held by regimes": 0 hostages, 1 held, 2 by, 3 regimes. */
    @Test
    void aParticipleModifyingANounHasThatNounAsPatient() {
        List<Token> tokens = TaggedTokens.tokens("hostages/NNS held/VBN by/IN regimes/NNS");
        List<Dependency> parse = List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "acl"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "obl:agent"), new Dependency(3, 2, "case"));
        assertTrue(ReducedPassiveRepair.repair(tokens, parse).contains(new Dependency(1, 0, "nsubj:pass")));
    }
}
