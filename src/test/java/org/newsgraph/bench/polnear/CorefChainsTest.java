package org.newsgraph.bench.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class CorefChainsTest {
    private static final Span NAME = new Span(0, 10);
    private static final Span PRONOUN = new Span(20, 22);
    private static final CorefChains CHAINS = new CorefChains(List.of(List.of(NAME, PRONOUN), List.of(new Span(40, 50))));

    @Test
    void aSpanCoveringNearlyTheSameCharactersAsAMentionBringsItsWholeChain() {
        assertEquals(List.of(NAME, PRONOUN), CHAINS.mentionsAlignedWith(List.of(new Span(20, 22))));
        assertEquals(List.of(NAME, PRONOUN), CHAINS.mentionsAlignedWith(List.of(new Span(0, 12))));
    }

    @Test
    void aLongerPhraseThatMerelyContainsAMentionIsNotThatEntity() {
        assertTrue(CHAINS.mentionsAlignedWith(List.of(new Span(0, 30))).isEmpty());
    }

    @Test
    void jaccardCountsSharedCharactersOverAllCharacters() {
        assertEquals(1.0 / 3, CorefChains.jaccard(new Span(0, 10), List.of(new Span(5, 15))), 1e-9);
        assertEquals(0.5, CorefChains.jaccard(new Span(0, 10), List.of(new Span(0, 3), new Span(5, 7))), 1e-9);
    }
}
