package org.newsgraph.pipeline;

/**
 * How much text the NLP stage is given at once. CoreNLP's cost grows faster than linearly with
 * sentence and token length (a 5,000-word sentence takes 15 s, a 150,000-character token exhausts
 * a 6 GB heap), so inputs past these limits are cut before analysis instead of stalling a build.
 *
 * @param maxChars         characters of an article analysed; the rest is left out
 * @param maxSentenceWords words in a row without a sentence end before a break is made
 * @param maxWordChars     characters in a row without white space before a break is made
 */
public record TextLimits(int maxChars, int maxSentenceWords, int maxWordChars) {
    /**
     * 100,000 characters is longer than 99.9% of news articles (about 16,000 words, some 25 s of
     * analysis); 200 words is past the longest real sentences and the dependency parser's own
     * limit; no word or name is 100 characters long.
     */
    public static final TextLimits DEFAULT = new TextLimits(100_000, 200, 100);

    public TextLimits {
        if (maxChars < 1 || maxSentenceWords < 1 || maxWordChars < 1) {
            throw new IllegalArgumentException("text limits must be positive: " + maxChars + ", "
                    + maxSentenceWords + ", " + maxWordChars);
        }
    }
}
