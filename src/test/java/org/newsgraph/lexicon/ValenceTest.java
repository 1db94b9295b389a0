package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ValenceTest {
    private final Valence valence = new Valence(Map.of("irresponsible", -1.9, "reckless", -1.7, "brutal", -3.1,
            "responsible", 1.3));

    @Test
    void aNounIsRatedAsTheAdjectiveItIsMadeFrom() {
        assertEquals(-1.9, valence.of("irresponsibility", null));
        assertEquals(-1.7, valence.of("recklessness", null));
        assertEquals(-3.1, valence.of("brutality", null));
    }

    @Test
    void aWordRatedItselfKeepsItsRatingAndAnUnknownOneIsNeutral() {
        assertEquals(1.3, valence.of("Responsible", "responsible"));
        assertEquals(0, valence.of("table", "table"));
    }
}
