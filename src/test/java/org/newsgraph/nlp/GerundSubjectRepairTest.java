package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a gerund clause about a name read as the name's adjective, on hand-built parses. */
class GerundSubjectRepairTest {
    /** "Arming Norland would provoke Sudria": 0 Arming, 1 Norland, 2 would, 3 provoke, 4 Sudria. */
    private static final List<Token> ARMING = TaggedTokens.tokens("Arming/VBG Norland/NNP would/MD provoke/VB Sudria/NNP");

    @Test
    void aGerundBeforeABareNameGovernsItAndIsTheClausalSubject() {
        List<Dependency> parse = List.of(new Dependency(-1, 3, "root"), new Dependency(1, 0, "amod"),
                new Dependency(3, 1, "nsubj"), new Dependency(3, 2, "aux"), new Dependency(3, 4, "obj"));
        List<Dependency> repaired = GerundSubjectRepair.repair(ARMING, parse);
        assertTrue(repaired.contains(new Dependency(0, 1, "obj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 0, "csubj")), repaired.toString());
        assertFalse(repaired.stream().anyMatch(d -> d.dependent() == 1 && d.relation().startsWith("nsubj")), repaired.toString());
    }

    /** "stopping Norland is vital and helps to deter Sudria": a subject shared by a controlled verb goes too. */
    @Test
    void theNameIsNoSubjectOfTheVerbsItWasSharedWith() {
        List<Token> tokens = TaggedTokens.tokens("stopping/VBG Norland/NNP is/VBZ vital/JJ and/CC helps/VBZ to/TO deter/VB Sudria/NNP");
        List<Dependency> parse = List.of(new Dependency(-1, 3, "root"), new Dependency(1, 0, "amod"), new Dependency(3, 1, "nsubj"),
                new Dependency(3, 2, "cop"), new Dependency(3, 5, "conj:and"), new Dependency(5, 1, "nsubj"),
                new Dependency(5, 7, "xcomp"), new Dependency(7, 1, "nsubj:xsubj"), new Dependency(7, 8, "obj"));
        List<Dependency> repaired = GerundSubjectRepair.repair(tokens, parse);
        assertTrue(repaired.contains(new Dependency(5, 0, "csubj")), repaired.toString());
        assertFalse(repaired.stream().anyMatch(d -> d.dependent() == 1 && d.relation().startsWith("nsubj")), repaired.toString());
    }

    /** "A rising Norland worries Sudria": with a determiner the participle is the name's adjective. */
    @Test
    void aParticipleAfterADeterminerStaysAnAdjective() {
        List<Token> tokens = TaggedTokens.tokens("A/DT rising/VBG Norland/NNP worries/VBZ Sudria/NNP");
        List<Dependency> parse = List.of(new Dependency(-1, 3, "root"), new Dependency(2, 0, "det"), new Dependency(2, 1, "amod"),
                new Dependency(3, 2, "nsubj"), new Dependency(3, 4, "obj"));
        assertEquals(parse, GerundSubjectRepair.repair(tokens, parse));
    }

    /** "Leading Democrats say …": a participle before a plural name describes the people named. */
    @Test
    void aParticipleBeforeAPluralNameStaysAnAdjective() {
        List<Token> tokens = TaggedTokens.tokens("Leading/VBG Norlanders/NNPS say/VBP");
        List<Dependency> parse = List.of(new Dependency(-1, 2, "root"), new Dependency(1, 0, "amod"), new Dependency(2, 1, "nsubj"));
        assertEquals(parse, GerundSubjectRepair.repair(tokens, parse));
    }
}
