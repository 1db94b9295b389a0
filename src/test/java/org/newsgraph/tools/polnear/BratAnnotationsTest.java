package org.newsgraph.tools.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class BratAnnotationsTest {
    private static final String TEXT = "“We will win,” the mayor said, “and soon.” Critics doubt it.";

    @Test
    void readsDiscontinuousContentSourceAndQuotedness() {
        String ann = """
                T1\tContent 0 14;31 42\t“We will win,” “and soon.”
                T2\tSource 15 24\tthe mayor
                T3\tCue 25 29\tsaid
                T4\tAttribution 25 29\tsaid
                E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2
                """;

        List<GoldAttribution> gold = BratAnnotations.parse(ann, TEXT, "a.ann");

        assertEquals(1, gold.size());
        GoldAttribution attribution = gold.get(0);
        assertEquals("E1", attribution.id());
        assertEquals(List.of(new Span(0, 14), new Span(31, 42)), attribution.content());
        assertEquals(List.of(new Span(15, 24)), attribution.source());
        assertTrue(attribution.quoted());
        assertEquals(List.of(new Span(25, 29)), attribution.cue());
    }

    @Test
    void aSpanAcrossAParagraphBreakContinuesOnTheNextLinesAndTrailingSpacesCount() {
        String text = "Lee said taxes rise.\n\nThey fall later.  Kim agreed.";
        String ann = "T1\tContent 9 38\ttaxes rise.\n\nThey fall later.\n\nT2\tSource 0 3\tLee\n"
                + "T3\tCue 4 8\tsaid\nT4\tSource 40 43\tKim\nT5\tContent 27 40\tfall later.  \n"
                + "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n";

        List<GoldAttribution> gold = BratAnnotations.parse(ann, text, "e.ann");

        assertEquals(List.of(new Span(9, 38)), gold.get(0).content());
    }

    @Test
    void numberedContentRolesAndAttributionsWithoutSource() {
        String ann = """
                T1\tCue 43 50\tCritics
                T2\tContent 51 56\tdoubt
                T3\tContent 57 59\tit
                T4\tAttribution-no-source 43 50\tCritics
                E1\tAttribution-no-source:T4 Content:T2 Cue:T1 Content2:T3
                T5\tDiscuss 0 1\t“
                """;

        GoldAttribution attribution = BratAnnotations.parse(ann, TEXT, "b.ann").get(0);

        assertEquals(List.of(new Span(51, 56), new Span(57, 59)), attribution.content());
        assertFalse(attribution.hasSource());
        assertFalse(attribution.quoted());
    }

    @Test
    void offsetsThatDoNotCoverTheAnnotatedWordsFail() {
        String ann = "T1\tSource 16 25\tthe mayor\n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BratAnnotations.parse(ann, TEXT, "c.ann"));
        assertTrue(e.getMessage().contains("c.ann line 1"), e.getMessage());
    }

    @Test
    void eventsNamingUnknownSpansFail() {
        String ann = "T1\tContent 51 56\tdoubt\nE1\tAttribution:T9 Content:T1\n";

        assertThrows(IllegalArgumentException.class, () -> BratAnnotations.parse(ann, TEXT, "d.ann"));
    }
}
