package org.newsgraph.ingest;

/**
 * Shape tests that tell running prose from headings, link titles and other fragments. Written as
 * plain loops: they run several times on every paragraph of every article.
 */
final class Prose {
    private static final String SENTENCE_FINAL = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final int MAX_HEADLINE_WORDS = 20;

    private Prose() {
    }

    static int wordCount(String paragraph) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < paragraph.length(); i++) {
            boolean space = Character.isWhitespace(paragraph.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /** Ends with sentence-final punctuation, possibly followed by closing quotes or brackets. */
    static boolean endsLikeSentence(String paragraph) {
        int i = paragraph.length() - 1;
        while (i >= 0 && Character.isWhitespace(paragraph.charAt(i))) i--;
        while (i >= 0 && CLOSERS.indexOf(paragraph.charAt(i)) >= 0) i--;
        return i >= 0 && SENTENCE_FINAL.indexOf(paragraph.charAt(i)) >= 0;
    }

    /** A short line without sentence punctuation: a heading, a link title, a label. */
    static boolean looksLikeHeadline(String paragraph) {
        return !endsLikeSentence(paragraph) && wordCount(paragraph) <= MAX_HEADLINE_WORDS;
    }
}
