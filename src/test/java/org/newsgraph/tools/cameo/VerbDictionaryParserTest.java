package org.newsgraph.tools.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbDictionaryParserTest {
    private static final List<String> SNIPPET = List.of(
            "####### SYNONYM SETS #######",
            "",
            "&GOODS",
            "+GRAIN",
            "+FUEL_",
            "",
            "####### VERB PATTERNS #######",
            "",
            "---  HAND_OVER   [---]  ---",
            "HAND_OVER  # someone 1/1/01",
            "PASS {PASSES PASSED} [070]",
            "+GIVE_UP {GAVE_UP GIVEN_UP}",
            "- * &GOODS (TO +)                                  [073]         # HAND_OVER",
            "- * {RIFLE SHIPMENT}                               [072]         # PASS",
            "- * (INTO $)                                       [042:043]     # PASS",
            "- $ SOLDIERS * (TO +)                              [154]         # PASS",
            "- * +                                              [070]         # PASS",
            "",
            "---  SCOLD   [111]  ---",
            "SCOLD",
            "- * (FOR &GOODS)                                   [---]         # SCOLD",
            "",
            "######## TRANSFORMATIONS ##########",
            "SHOULD NOT BE READ [010]");

    @Test
    void readsVerbsWithTheirOwnOrTheBlocksCode() {
        VerbDictionaryParser.Result r = VerbDictionaryParser.parse(SNIPPET);
        assertEquals(List.of(new VerbEntry("hand_over", "hand", "over", null),
                new VerbEntry("hand_over", "pass", null, "070"),
                new VerbEntry("hand_over", "give", "up", null),
                new VerbEntry("scold", "scold", null, "111")), r.verbs());
    }

    @Test
    void keepsObjectAndFirstPrepositionalPhrase() {
        VerbDictionaryParser.Result r = VerbDictionaryParser.parse(SNIPPET);
        assertEquals(new VerbPattern("hand_over", "073", List.of("grain", "fuel"), "to", List.of()), r.patterns().get(0));
        assertEquals(new VerbPattern("hand_over", "072", List.of("rifle shipment"), null, List.of()), r.patterns().get(1));
        assertEquals(new VerbPattern("hand_over", "042", List.of(), "into", List.of()), r.patterns().get(2));
    }

    @Test
    void leavesOutSubjectConditionsPatternsWithoutWordsAndNullCodes() {
        VerbDictionaryParser.Result r = VerbDictionaryParser.parse(SNIPPET);
        assertEquals(3, r.patterns().size());
        assertEquals(3, r.skippedPatterns());
        assertTrue(r.patterns().stream().noneMatch(p -> p.code().equals("154")));
    }

    @Test
    void readsCodesAndComments() {
        assertEquals("042", VerbDictionaryParser.code("042:043"));
        assertEquals("173", VerbDictionaryParser.code(":173"));
        assertNull(VerbDictionaryParser.code("---"));
        assertEquals("PASS", VerbDictionaryParser.stripComment("PASS  # note ; more"));
        assertEquals("give up", VerbDictionaryParser.phrase("GIVE_UP_"));
    }
}
