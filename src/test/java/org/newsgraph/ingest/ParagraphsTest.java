package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
    @Test
    void blankLinesSeparateParagraphs() {
        assertEquals(List.of("First one.", "Second one."), Paragraphs.split("First one.\n\n\n  Second one.  \n"));
    }

    @Test
    void singleLineBreaksAlsoSeparateParagraphs() {
        assertEquals(List.of("First one.", "Second one.", "Third one."),
                Paragraphs.split("First one.\nSecond one.\r\nThird one."));
    }

    @Test
    void hardWrappedBlocksAreRejoined() {
        String wrapped = """
                The committee met on Tuesday to discuss the proposed changes to the
                fisheries law, which opponents say would hurt small boat owners along
                the coast.

                A vote is expected next month after the regional hearings have ended
                and the amendments have been published.
                """;
        assertEquals(List.of(
                "The committee met on Tuesday to discuss the proposed changes to the fisheries law, which opponents"
                        + " say would hurt small boat owners along the coast.",
                "A vote is expected next month after the regional hearings have ended and the amendments have been"
                        + " published."), Paragraphs.split(wrapped));
    }

    @Test
    void whitespaceAndControlCharactersAreNormalised() {
        assertEquals(List.of("Non breaking and tab gone."), Paragraphs.split("Non\u00A0breaking  and\u0007\ttab\u200B gone."));
    }

    @Test
    void joinPutsBlankLinesBetweenParagraphs() {
        assertEquals("One.\n\nTwo.", Paragraphs.join(List.of("One.", "Two.")));
    }
}
