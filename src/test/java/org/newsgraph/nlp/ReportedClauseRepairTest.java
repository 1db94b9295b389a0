package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a clause reported without "that" that the parser read as a clausal subject, on hand-built parses. */
class ReportedClauseRepairTest {
    /** "Sudria warned it would retaliate against Norland": 0 Sudria, 1 warned, 2 it, 3 would, 4 retaliate, 5 against, 6 Norland. */
    private static final List<Token> WARNED = TaggedTokens.tokens("Sudria/NNP warned/VBD it/PRP would/MD retaliate/VB against/IN Norland/NNP");

    /** The parser's reading: "warned" the clausal subject of "retaliate", "it" its object. */
    private static final List<Dependency> MISREAD = List.of(new Dependency(-1, 4, "root"), new Dependency(1, 0, "nsubj"),
            new Dependency(1, 2, "obj"), new Dependency(4, 1, "csubj"), new Dependency(4, 3, "aux"),
            new Dependency(4, 6, "obl:against"), new Dependency(6, 5, "case"));

    @Test
    void theReportingVerbGovernsTheClauseAndItsObjectIsTheClausesSubject() {
        List<Dependency> repaired = ReportedClauseRepair.repair(WARNED, MISREAD);
        assertTrue(repaired.contains(new Dependency(-1, 1, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 4, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(4, 2, "nsubj")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(4, 1, "csubj")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(1, 2, "obj")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(-1, 4, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(4, 6, "obl:against")), "the clause keeps its own words: " + repaired);
    }

    @Test
    void aClauseWithASubjectOfItsOwnOrNoFiniteVerbIsLeftAsItIs() {
        // the clause already has a subject: the object is the reporting verb's
        List<Dependency> subject = List.of(new Dependency(-1, 4, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(4, 1, "csubj"), new Dependency(4, 3, "aux"), new Dependency(4, 6, "nsubj"));
        assertEquals(subject, ReportedClauseRepair.repair(WARNED, subject));
        // "… warned it to retaliate": no modal or finite verb, not a clause that could stand alone
        List<Dependency> infinitive = List.of(new Dependency(-1, 4, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(4, 1, "csubj"));
        assertEquals(infinitive, ReportedClauseRepair.repair(WARNED, infinitive));
    }

    /** "What Sudria said angered Norland": 0 What, 1 Sudria, 2 said, 3 angered, 4 Norland. */
    @Test
    void aRealClausalSubjectOpenedByAWhWordIsLeftAsItIs() {
        List<Token> tokens = TaggedTokens.tokens("What/WP Sudria/NNP said/VBD angered/VBD Norland/NNP");
        List<Dependency> parse = List.of(new Dependency(-1, 3, "root"), new Dependency(3, 2, "csubj"),
                new Dependency(2, 1, "nsubj"), new Dependency(2, 0, "obj"), new Dependency(3, 4, "obj"));
        assertEquals(parse, ReportedClauseRepair.repair(tokens, parse));
    }

    /** "Sudria fired shells at Lars and a state was declared": 0 Sudria, 1 fired, 2 shells, 3 at, 4 Lars, 5 and, 6 a, 7 state, 8 was, 9 declared. */
    @Test
    void wordsOfTheFirstVerbsOwnBetweenTheTwoLeaveTheParseAsItIs() {
        List<Token> tokens = TaggedTokens.tokens("Sudria/NNP fired/VBD shells/NNS at/IN Lars/NNP and/CC a/DT state/NN was/VBD declared/VBN");
        List<Dependency> parse = List.of(new Dependency(-1, 9, "root"), new Dependency(9, 1, "csubj:pass"),
                new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"), new Dependency(1, 4, "obl:at"),
                new Dependency(4, 3, "case"), new Dependency(1, 7, "obl:at"), new Dependency(4, 7, "conj:and"),
                new Dependency(7, 5, "cc"), new Dependency(7, 6, "det"), new Dependency(9, 8, "aux:pass"));
        assertEquals(parse, ReportedClauseRepair.repair(tokens, parse));
    }

    /** "Sudria says the plan is unfair and will fail": 0 Sudria, 1 says, 2 the, 3 plan, 4 is, 5 unfair, 6 and, 7 will, 8 fail. */
    @Test
    void aConjunctOfTheClauseSharesItsSubject() {
        List<Token> tokens = TaggedTokens.tokens("Sudria/NNP says/VBZ the/DT plan/NN is/VBZ unfair/JJ and/CC will/MD fail/VB");
        List<Dependency> parse = List.of(new Dependency(-1, 5, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "obj"), new Dependency(3, 2, "det"), new Dependency(5, 1, "csubj"),
                new Dependency(5, 4, "cop"), new Dependency(5, 8, "conj:and"), new Dependency(8, 1, "csubj"),
                new Dependency(8, 6, "cc"), new Dependency(8, 7, "aux"));
        List<Dependency> repaired = ReportedClauseRepair.repair(tokens, parse);
        assertTrue(repaired.contains(new Dependency(1, 5, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(5, 3, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 3, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(5, 8, "conj:and")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(8, 1, "csubj")), repaired.toString());
    }
}
