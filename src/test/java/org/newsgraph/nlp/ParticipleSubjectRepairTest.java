package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a participle after a comma read as the subject of the verb after it, on hand-built parses. */
class ParticipleSubjectRepairTest {
    /**
     * "Lopez defended her plan to raise taxes , saying the gains would outweigh the losses":
     * 0 Lopez, 1 defended, 2 her, 3 plan, 4 to, 5 raise, 6 taxes, 7 ",", 8 saying, 9 the, 10 gains,
     * 11 would, 12 outweigh, 13 the, 14 losses.
     */
    private static final List<Token> DEFENDED = TaggedTokens.tokens("Lopez/NNP defended/VBD her/PRP$ plan/NN to/TO "
            + "raise/VB taxes/NNS ,/, saying/VBG the/DT gains/NNS would/MD outweigh/VB the/DT losses/NNS");

    @Test
    void theParticipleReportsTheClauseAndItsObjectIsTheClausesSubject() {
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "obj"), new Dependency(1, 5, "xcomp"), new Dependency(5, 6, "obj"),
                new Dependency(5, 7, "punct"), new Dependency(5, 12, "ccomp"), new Dependency(12, 8, "nsubj"),
                new Dependency(8, 10, "obj"), new Dependency(12, 11, "aux"), new Dependency(12, 14, "obj"));
        List<Dependency> repaired = ParticipleSubjectRepair.repair(DEFENDED, parse);
        assertTrue(repaired.contains(new Dependency(1, 8, "advcl")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 12, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(12, 10, "nsubj")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(12, 8, "nsubj")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(5, 12, "ccomp")), repaired.toString());
    }

    /** "Talking the issue through helps": a gerund opening the sentence is a real clausal subject. */
    @Test
    void aGerundWithoutACommaBeforeItIsLeftAlone() {
        List<Token> tokens = TaggedTokens.tokens("Talking/VBG the/DT issue/NN through/RP helps/VBZ");
        List<Dependency> parse = List.of(new Dependency(-1, 4, "root"), new Dependency(4, 0, "nsubj"),
                new Dependency(0, 2, "obj"));
        assertEquals(parse, ParticipleSubjectRepair.repair(tokens, parse));
    }
}
