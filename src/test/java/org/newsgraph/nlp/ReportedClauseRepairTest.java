package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a clause reported without "that" that the parser read as a clausal subject, on hand-built parses. */
class ReportedClauseRepairTest {
    /** "Sudria warned it would retaliate against Norland": 0 Sudria, 1 warned, 2 it, 3 would, 4 retaliate, 5 against, 6 Norland. */
    private static final List<Token> WARNED = TaggedTokens.tokens("Sudria/NNP warned/VBD it/PRP would/MD retaliate/VB against/IN Norland/NNP");

    /** The parser's reading: "warned" the clausal subject of "retaliate", "it" its object. */
    private static final List<Dependency> MISREAD = edges("-1>4 root, 1>0 nsubj, 1>2 obj, 4>1 csubj, 4>3 aux, 4>6 obl:against, 6>5 case");

    @Test
    void theReportingVerbGovernsTheClauseAndItsObjectIsTheClausesSubject() {
        List<Dependency> repaired = ReportedClauseRepair.repair(WARNED, MISREAD);
        // the clause keeps its own words ("against Norland")
        assertTrue(repaired.containsAll(edges("-1>1 root, 1>4 ccomp, 4>2 nsubj, 4>6 obl:against")), repaired.toString());
        assertTrue(edges("4>1 csubj, 1>2 obj, -1>4 root").stream().noneMatch(repaired::contains), repaired.toString());
    }

    @Test
    void aClauseWithASubjectOfItsOwnOrNoFiniteVerbIsLeftAsItIs() {
        // the clause already has a subject: the object is the reporting verb's
        assertLeftAsParsed(WARNED, "-1>4 root, 1>0 nsubj, 1>2 obj, 4>1 csubj, 4>3 aux, 4>6 nsubj");
        // "… warned it to retaliate": no modal or finite verb, not a clause that could stand alone
        assertLeftAsParsed(WARNED, "-1>4 root, 1>0 nsubj, 1>2 obj, 4>1 csubj");
    }

    /** "What Sudria said angered Norland": 0 What, 1 Sudria, 2 said, 3 angered, 4 Norland. */
    @Test
    void aRealClausalSubjectOpenedByAWhWordIsLeftAsItIs() {
        assertLeftAsParsed(TaggedTokens.tokens("What/WP Sudria/NNP said/VBD angered/VBD Norland/NNP"),
                "-1>3 root, 3>2 csubj, 2>1 nsubj, 2>0 obj, 3>4 obj");
    }

    /** "Sudria fired shells at Lars and a state was declared": 0 Sudria, 1 fired, 2 shells, 3 at, 4 Lars, 5 and, 6 a, 7 state, 8 was, 9 declared. */
    @Test
    void wordsOfTheFirstVerbsOwnBetweenTheTwoLeaveTheParseAsItIs() {
        assertLeftAsParsed(TaggedTokens.tokens("Sudria/NNP fired/VBD shells/NNS at/IN Lars/NNP and/CC a/DT state/NN was/VBD declared/VBN"),
                "-1>9 root, 9>1 csubj:pass, 1>0 nsubj, 1>2 obj, 1>4 obl:at, 4>3 case, 1>7 obl:at, 4>7 conj:and, 7>5 cc, 7>6 det, 9>8 aux:pass");
    }

    /** "Sudria says the plan is unfair and will fail": 0 Sudria, 1 says, 2 the, 3 plan, 4 is, 5 unfair, 6 and, 7 will, 8 fail. */
    @Test
    void aConjunctOfTheClauseSharesItsSubject() {
        List<Token> tokens = TaggedTokens.tokens("Sudria/NNP says/VBZ the/DT plan/NN is/VBZ unfair/JJ and/CC will/MD fail/VB");
        List<Dependency> parse = edges("-1>5 root, 1>0 nsubj, 1>3 obj, 3>2 det, 5>1 csubj, 5>4 cop, 5>8 conj:and, 8>1 csubj, 8>6 cc, 8>7 aux");
        List<Dependency> repaired = ReportedClauseRepair.repair(tokens, parse);
        assertTrue(repaired.containsAll(edges("1>5 ccomp, 5>3 nsubj, 8>3 nsubj, 5>8 conj:and")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(8, 1, "csubj")), repaired.toString());
    }

    /** "Sudria told Lars it was investigating Norland": 0 Sudria, 1 told, 2 Lars, 3 it, 4 was, 5 investigating, 6 Norland. */
    @Test
    void anUnlabelledClauseAfterTheVerbAndItsObjectIsItsComplement() {
        List<Token> tokens = TaggedTokens.tokens("Sudria/NNP told/VBD Lars/NNP it/PRP was/VBD investigating/VBG Norland/NNP");
        List<Dependency> repaired = ReportedClauseRepair.repair(tokens,
                edges("-1>1 root, 1>0 nsubj, 1>2 obj, 1>5 dep, 5>3 nsubj, 5>4 aux, 5>6 obj"));
        assertTrue(repaired.contains(new Dependency(1, 5, "ccomp")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(1, 5, "dep")), repaired.toString());
    }

    /** "What Sudria means is Lars was right": 0 What, 1 Sudria, 2 means, 3 is, 4 Lars, 5 was, 6 right. */
    @Test
    void anUnlabelledClauseAfterACopulaOrAnAuxiliaryBeforeItsSubjectIsLeftAsItIs() {
        assertLeftAsParsed(TaggedTokens.tokens("What/WP Sudria/NNP means/VBZ is/VBZ Lars/NNP was/VBD right/JJ"),
                "-1>2 root, 2>0 obj, 2>1 nsubj, 2>6 dep, 6>3 aux, 6>4 nsubj, 6>5 cop");
        // "Sudria made headlines by saying Lars was right": a verb between is another structure
        assertLeftAsParsed(TaggedTokens.tokens("Sudria/NNP made/VBD headlines/NNS by/IN saying/VBG Lars/NNP was/VBD right/JJ"),
                "-1>1 root, 1>0 nsubj, 1>2 obj, 1>4 advcl:by, 4>3 mark, 1>7 dep, 7>5 nsubj, 7>6 cop");
    }

    /** "Sudria says Norland continues to besiege Lars": 0 Sudria, 1 says, 2 Norland, 3 continues, 4 to, 5 besiege, 6 Lars. */
    @Test
    void aSubjectTakenForTheObjectOfTheVerbBeforeItsClauseIsTheClausesSubject() {
        List<Token> tokens = TaggedTokens.tokens("Sudria/NNP says/VBZ Norland/NNP continues/VBZ to/TO besiege/VB Lars/NNP");
        List<Dependency> repaired = ReportedClauseRepair.repair(tokens,
                edges("-1>1 root, 1>0 nsubj, 1>2 obj, 1>3 dep, 3>5 xcomp, 5>4 mark, 5>6 obj"));
        assertTrue(repaired.containsAll(edges("1>3 ccomp, 3>2 nsubj, 5>2 nsubj:xsubj, 5>6 obj")), repaired.toString());
        assertTrue(edges("1>2 obj, 1>3 dep").stream().noneMatch(repaired::contains), repaired.toString());
        // a clause with a subject of its own keeps the object the verb's ("told Lars it was …", above);
        // one with no finite verb is no clause ("saw Norland besieging Lars")
        assertLeftAsParsed(TaggedTokens.tokens("Sudria/NNP saw/VBD Norland/NNP besieging/VBG Lars/NNP"),
                "-1>1 root, 1>0 nsubj, 1>2 obj, 1>3 dep, 3>4 obj");
        // a common noun may be a real object whose relative clause the parser misread ("faced criticism
        // over the time officers waited")
        assertLeftAsParsed(TaggedTokens.tokens("Sudria/NNP faced/VBD criticism/NN officers/NNS waited/VBD"),
                "-1>1 root, 1>0 nsubj, 1>2 obj, 2>3 compound, 1>4 dep");
    }

    private static void assertLeftAsParsed(List<Token> tokens, String parse) {
        assertEquals(edges(parse), ReportedClauseRepair.repair(tokens, edges(parse)));
    }

    /** Edges written "governor>dependent relation", comma-separated; -1 is the root. */
    private static List<Dependency> edges(String spec) {
        List<Dependency> edges = new ArrayList<>();
        for (String edge : spec.split(",\\s*")) {
            String[] parts = edge.split("[> ]");
            edges.add(new Dependency(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
        }
        return List.copyOf(edges);
    }
}
