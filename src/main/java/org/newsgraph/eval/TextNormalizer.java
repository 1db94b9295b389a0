package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The two normalisations under which gold and graph texts are compared. */
public final class TextNormalizer {
    // UNICODE_CHARACTER_CLASS makes \s cover no-break and other Unicode spaces found in web text.
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CURLY_SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u02BC]");
    private static final Pattern CURLY_DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F]");
    // Removed rather than spaced so that "U.S." = "US" and "Seoul's" = "Seouls" whichever quote is used.
    private static final Pattern PERIODS_AND_APOSTROPHES = Pattern.compile("['.\u2018\u2019\u02BC`\u00B4]");
    // Spaced rather than removed so that "Kim Jong-un" = "Kim Jong Un".
    private static final Pattern HYPHENS_AND_DASHES = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014]");
    private static final String LEADING_ARTICLE = "the ";

    private TextNormalizer() {
    }

    /**
     * Actor names: lower case, diacritics stripped, periods and apostrophes removed, hyphens and
     * dashes made spaces, white space collapsed, a leading "the " dropped.
     */
    public static String label(String name) {
        String text = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        text = PERIODS_AND_APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        text = collapseWhiteSpace(HYPHENS_AND_DASHES.matcher(text).replaceAll(" "));
        return text.startsWith(LEADING_ARTICLE) ? text.substring(LEADING_ARTICLE.length()) : text;
    }

    /**
     * Statement words: lower case, curly quotes and apostrophes made straight, white space
     * collapsed. Punctuation is kept: the gold fragments are copied from the article text.
     */
    public static String quote(String words) {
        String text = CURLY_SINGLE_QUOTES.matcher(words.toLowerCase(Locale.ROOT)).replaceAll("'");
        text = CURLY_DOUBLE_QUOTES.matcher(text).replaceAll("\"");
        return collapseWhiteSpace(text);
    }

    private static String collapseWhiteSpace(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }
}
