package org.newsgraph.ingest;

import java.util.regex.Pattern;

/** Shape tests that tell running prose from headings, link titles and other fragments. */
final class Prose {
    /** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final int MAX_HEADLINE_WORDS = 20;

    private Prose() {
    }

    static int wordCount(String paragraph) {
        return (int) WORD.matcher(paragraph).results().count();
    }

    static boolean endsLikeSentence(String paragraph) {
        return SENTENCE_END.matcher(paragraph.strip()).find();
    }

    /** A short line without sentence punctuation: a heading, a link title, a label. */
    static boolean looksLikeHeadline(String paragraph) {
        return !endsLikeSentence(paragraph) && wordCount(paragraph) <= MAX_HEADLINE_WORDS;
    }
}
