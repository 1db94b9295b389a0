package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a participle of saying hung inside the clause a verb of saying reports, on hand-built parses. */
class TrailingCueRepairTest {
    @Test
    void aParticipleOfSayingAfterACommaHangsFromTheVerbOfSaying() {
        // "Lee said prices rose, adding that it was bad"
        List<Token> tokens = TaggedTokens.tokens("Lee/NNP said|say/VBD prices/NNS rose|rise/VBD ,/, adding|add/VBG that/IN it/PRP was|be/VBD bad/JJ");
        Dependency loose = new Dependency(3, 5, "dep");
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "ccomp"), new Dependency(3, 2, "nsubj"), loose, new Dependency(5, 9, "ccomp"));
        List<Dependency> repaired = TrailingCueRepair.repair(tokens, parse);
        assertTrue(repaired.contains(new Dependency(1, 5, "advcl")), repaired.toString());
        assertFalse(repaired.contains(loose), repaired.toString());
    }

    @Test
    void aParticipleHangingFromAVerbOfSayingKeepsItsPlace() {
        // "“I can't tell you …,” Lee said, adding that …": the parser made "said" a complement of the quote's "tell"
        List<Token> tokens = TaggedTokens.tokens("I/PRP tell/VBP you/PRP ,/, Lee/NNP said|say/VBD ,/, adding|add/VBG that/IN it/PRP was|be/VBD bad/JJ");
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 5, "ccomp"), new Dependency(5, 4, "nsubj"), new Dependency(5, 7, "dep"),
                new Dependency(7, 10, "ccomp"));
        assertEquals(parse, TrailingCueRepair.repair(tokens, parse));
    }

    @Test
    void aParticipleOutsideAnyReportKeepsItsPlace() {
        // "Prices rose, adding to the pressure": no verb of saying above
        List<Token> tokens = TaggedTokens.tokens("Prices/NNS rose|rise/VBD ,/, adding|add/VBG to/IN the/DT pressure/NN");
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "advcl"), new Dependency(3, 6, "obl:to"));
        assertEquals(parse, TrailingCueRepair.repair(tokens, parse));
    }
}
