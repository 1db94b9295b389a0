package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text that would stall the NLP stage down to the {@link TextLimits}: an over-long article is
 * truncated at a paragraph break, a run-on "sentence" (a table, a list, text without punctuation) is
 * broken into pieces at white space, and a giant "word" (encoded data) is broken by spaces. Every
 * change keeps the offsets of the remaining characters, so evidence offsets still point into the
 * article text.
 */
public final class NlpInputGuard {
    private final TextLimits limits;

    public NlpInputGuard(TextLimits limits) {
        this.limits = limits;
    }

    public GuardedText guard(String text) {
        List<String> notes = new ArrayList<>();
        // runs are measured over the whole text, so the notes give the input's real figures
        char[] chars = text.toCharArray();
        RunBreaker breaker = new RunBreaker(chars);
        breaker.run();
        String broken = breaker.changed() ? new String(chars) : text;
        String kept = truncate(broken, notes);
        breaker.describe(notes);
        return new GuardedText(notes.isEmpty() ? text : kept, notes);
    }

    private String truncate(String text, List<String> notes) {
        if (text.length() <= limits.maxChars()) return text;
        int cut = cutPoint(text, limits.maxChars());
        notes.add(String.format("the text has %,d characters; only the first %,d were analysed, to keep one"
                + " article from stalling the build. Split it into separate articles if all of it matters",
                text.length(), cut));
        return text.substring(0, cut);
    }

    /** The last paragraph break, else the last white space, in the second half of the allowed length. */
    private static int cutPoint(String text, int max) {
        int paragraph = text.lastIndexOf('\n', max - 1);
        if (paragraph >= max / 2) return paragraph;
        for (int i = max - 1; i >= max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) return i;
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    /** One pass over the text breaking over-long sentences and words in place. */
    private final class RunBreaker {
        private final char[] chars;
        /** Characters of the current run of non-space characters, in the original text. */
        private int runLength;
        /** Characters since the last space, original or made here. */
        private int wordLength;
        /** Words since the last sentence end or break made here. */
        private int pieceWords;
        /** Words since the last sentence end. */
        private int sentenceWords;
        private int longSentences;
        private int longestSentence;
        private int longRuns;
        private int longestRun;

        RunBreaker(char[] chars) {
            this.chars = chars;
        }

        void run() {
            for (int i = 0; i < chars.length; i++) {
                if (Character.isWhitespace(chars[i])) {
                    whiteSpace(i);
                } else {
                    runLength++;
                    if (wordLength < limits.maxWordChars()) {
                        wordLength++;
                    } else {
                        i = breakWordAt(i);
                    }
                }
            }
            endRun();
            endSentence();
        }

        /** Turns the character at {@code i} into a break, both halves of a surrogate pair; the last index used. */
        private int breakWordAt(int i) {
            boolean pair = Character.isHighSurrogate(chars[i]) && i + 1 < chars.length
                    && Character.isLowSurrogate(chars[i + 1]);
            chars[i] = breakCharacter();
            countWord();
            if (!pair) return i;
            chars[i + 1] = ' ';
            runLength++;
            return i + 1;
        }

        private void whiteSpace(int i) {
            boolean sentenceEnd = runLength > 0 && endsSentence(i);
            endRun();
            if (chars[i] == '\n' || sentenceEnd) {
                endSentence();
            } else if (pieceWords >= limits.maxSentenceWords()) {
                chars[i] = breakCharacter();
            }
        }

        /** A line break when the piece is long enough (a sentence break for the NLP stage), else a space. */
        private char breakCharacter() {
            if (pieceWords < limits.maxSentenceWords()) return ' ';
            pieceWords = 0;
            return '\n';
        }

        private void countWord() {
            wordLength = 0;
            pieceWords++;
            sentenceWords++;
        }

        private void endRun() {
            if (wordLength > 0) countWord();
            if (runLength > limits.maxWordChars()) {
                longRuns++;
                longestRun = Math.max(longestRun, runLength);
            }
            runLength = 0;
        }

        private void endSentence() {
            if (sentenceWords > limits.maxSentenceWords()) {
                longSentences++;
                longestSentence = Math.max(longestSentence, sentenceWords);
            }
            sentenceWords = 0;
            pieceWords = 0;
        }

        /** The word before the white space at {@code i} ends with . ! or ?, perhaps followed by closing quotes. */
        private boolean endsSentence(int i) {
            int j = i - 1;
            while (j >= 0 && isClosing(chars[j])) j--;
            return j >= 0 && (chars[j] == '.' || chars[j] == '!' || chars[j] == '?');
        }

        private static boolean isClosing(char c) {
            return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == '\u00BB';
        }

        boolean changed() {
            return longSentences > 0 || longRuns > 0;
        }

        void describe(List<String> notes) {
            if (longSentences > 0) {
                notes.add(String.format("%,d sentence(s) ran on for more than %,d words without a sentence end"
                        + " (the longest: %,d words) and were analysed in pieces of %,d words; check that the"
                        + " text kept its punctuation and line breaks", longSentences, limits.maxSentenceWords(),
                        longestSentence, limits.maxSentenceWords()));
            }
            if (longRuns > 0) {
                notes.add(String.format("%,d run(s) of more than %,d characters without a space (the longest:"
                        + " %,d characters; encoded data or a URL?) were broken up for analysis", longRuns,
                        limits.maxWordChars(), longestRun));
            }
        }
    }
}
