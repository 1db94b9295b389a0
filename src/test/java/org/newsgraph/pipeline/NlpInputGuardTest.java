package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NlpInputGuardTest {
    private final NlpInputGuard guard = new NlpInputGuard(new TextLimits(1_000, 10, 20));

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "The envoy arrived on Monday. Talks began at noon!\nA second paragraph follows.";
        GuardedText guarded = guard.guard(text);
        assertSame(text, guarded.text());
        assertFalse(guarded.changed());
    }

    @Test
    void longTextIsCutAtTheLastParagraphBreakWithinTheLimit() {
        String paragraph = "Short sentence here. ".repeat(4) + "\n";
        String text = paragraph.repeat(30);
        GuardedText guarded = guard.guard(text);
        assertTrue(guarded.text().length() <= 1_000);
        assertTrue(text.startsWith(guarded.text()));
        assertEquals('\n', text.charAt(guarded.text().length()), "cut at a paragraph break");
        assertTrue(guarded.notes().get(0).contains(String.format("%,d characters", text.length())), guarded.notes().toString());
        assertTrue(guarded.notes().get(0).contains("Split it"), guarded.notes().toString());
    }

    @Test
    void runOnSentenceIsBrokenIntoPiecesWithoutMovingAnyOffset() {
        String text = "word ".repeat(35).strip();
        GuardedText guarded = guard.guard(text);
        assertEquals(text.length(), guarded.text().length());
        assertEquals(text.replace('\n', ' '), guarded.text().replace('\n', ' '));
        for (String piece : guarded.text().split("\n")) {
            assertTrue(piece.split(" ").length <= 10, piece);
        }
        assertTrue(guarded.notes().get(0).contains("the longest: 35 words"), guarded.notes().toString());
    }

    @Test
    void sentenceEndsAndLineBreaksStartANewCount() {
        String sentence = "one two three four five six seven eight nine.";
        String text = (sentence + " ").repeat(5) + "\n" + "a b c d e f g h i";
        assertFalse(guard.guard(text).changed());
        assertFalse(guard.guard("\u201CSeven words said here, she said.\u201D " + "x ".repeat(9)).changed());
    }

    @Test
    void giantWordIsBrokenBySpaces() {
        String text = "data " + "x".repeat(75) + " end";
        GuardedText guarded = guard.guard(text);
        assertEquals(text.length(), guarded.text().length());
        for (String word : guarded.text().split("\\s+")) {
            assertTrue(word.length() <= 20, word);
        }
        assertTrue(guarded.notes().get(0).contains("the longest: 75 characters"), guarded.notes().toString());
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        String emoji = "\uD83D\uDE00";
        String text = emoji.repeat(50);
        GuardedText guarded = guard.guard(text);
        String result = guarded.text();
        for (int i = 0; i < result.length(); i++) {
            if (Character.isHighSurrogate(result.charAt(i))) {
                assertTrue(i + 1 < result.length() && Character.isLowSurrogate(result.charAt(i + 1)), "split at " + i);
            }
            if (Character.isLowSurrogate(result.charAt(i))) {
                assertTrue(i > 0 && Character.isHighSurrogate(result.charAt(i - 1)), "orphan at " + i);
            }
        }
    }

    @Test
    void limitsMustBePositive() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TextLimits(0, 1, 1));
    }
}
