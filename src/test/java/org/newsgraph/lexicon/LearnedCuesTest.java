package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnedCuesTest {

    @Test
    void theTableRoundTripsThroughItsFileFormat() {
        List<CueCounts> counts = List.of(
                new CueCounts("accuse", 40, 31, Map.of("obj", 20, "ccomp", 3, "other", 8)),
                new CueCounts("say", 2500, 2300, Map.of("ccomp", 2000, "other", 300)));

        Map<String, CueCounts> read = LearnedCues.parse(LearnedCues.format(counts));

        assertEquals(counts.get(0), read.get("accuse"));
        assertEquals(counts.get(1), read.get("say"));
        assertEquals("say\t2500\t2300\t0.920\tccomp=2000,other=300", LearnedCues.format(counts).get(2));
    }

    @Test
    void theShippedTableKnowsTheCommonReportingVerbsAndNotTheCommonVerbs() {
        LearnedCues cues = LearnedCues.load();

        assertTrue(cues.isCue("say"));
        assertTrue(cues.isCue("fear"));
        assertFalse(cues.isCue("make"));
        assertFalse(cues.isCue("go"));
        // Cues in PolNeAR, but of plans and of "according to", not of a clause that was said.
        assertFalse(cues.isCue("seek"));
        assertFalse(cues.isCue("accord"));
    }

    @Test
    void sourceNounsRoundTripAndNeedEnoughSourcesAndShare() {
        List<SourceCounts> counts = List.of(new SourceCounts("spokesman", 114, 40), new SourceCounts("year", 900, 4),
                new SourceCounts("narrator", 2, 2));

        Map<String, SourceCounts> read = LearnedSources.parse(LearnedSources.format(counts));

        assertEquals(counts.get(0), read.get("spokesman"));
        LearnedSources shipped = LearnedSources.load();
        assertTrue(shipped.namesSource("spokesman"));
        assertTrue(shipped.namesSource("poll"));
        assertFalse(shipped.namesSource("year"));
    }
}
