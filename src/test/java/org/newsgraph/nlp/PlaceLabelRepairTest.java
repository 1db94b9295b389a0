package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a sentence opened by a place and a colon, on hand-built parses as CoreNLP gives them. */
class PlaceLabelRepairTest {
    @Test
    void theClauseAfterAPlaceAndAColonHasTheRootAndThePlaceHangsFromIt() {
        // "Juneau: Dunleavy defended his record, arguing …": the parser roots the sentence on Juneau
        List<Token> tokens = TaggedTokens.tokens("Juneau/NNP :/: Dunleavy/NNP defended/VBD his/PRP$ record/NN ./.",
                "LOCATION O PERSON O O O O");
        List<Dependency> parse = List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "punct"),
                new Dependency(0, 3, "appos"), new Dependency(0, 6, "punct"), new Dependency(3, 2, "nsubj"),
                new Dependency(3, 5, "obj"));
        List<Dependency> repaired = PlaceLabelRepair.repair(tokens, parse);
        assertTrue(repaired.contains(new Dependency(-1, 3, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 0, "dep")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 6, "punct")), "what hung from the place after the colon: " + repaired);
        assertTrue(repaired.contains(new Dependency(0, 1, "punct")), "the colon stays with the place: " + repaired);
        assertEquals(parse.size(), repaired.size());
    }

    @Test
    void aPersonsNameBeforeAColonIsASourceAndKeepsItsParse() {
        // "Hutchinson: Trump knew": a headline's source, read by ColonSources
        List<Token> tokens = TaggedTokens.tokens("Hutchinson/NNP :/: Trump/NNP knew/VBD", "PERSON O PERSON O");
        List<Dependency> parse = List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "punct"),
                new Dependency(0, 3, "parataxis"), new Dependency(3, 2, "nsubj"));
        assertEquals(parse, PlaceLabelRepair.repair(tokens, parse));
    }
}
