package org.newsgraph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks the datelines that open wire and network copy ("WASHINGTON —", "TAIPEI, Taiwan (AP) —",
 * "Seoul, South Korea CNN —", "London (CNN)", "CNN —", "New York CNN Business —") and the agencies'
 * bylines on a line of their own ("AP", "The Associated Press") before CoreNLP reads the text. Left in, the
 * parser takes the place or the agency for the subject of the first verb ("WASHINGTON — Hillary
 * Clinton argued …": the United States argued), the agency becomes an actor of every article it
 * publishes, and the first sentence's words begin with the dateline. Spaces replace its characters,
 * so every other character keeps its offset in the article text.
 */
final class Datelines {
    /** A place in capitals has a few words ("SAN VIGILIO DI MAREBBE"); a longer run is a heading. */
    private static final String CAPS_WORDS = "[A-Z][A-Z.'\u2019-]+(?:[ \\t]+[A-Z][A-Z.'\u2019-]+){0,4}";
    private static final String NAME_WORDS = "[A-Z][\\p{L}.'\u2019-]*(?:[ \\t]+[A-Z][\\p{L}.'\u2019-]*){0,3}";
    private static final String REGION = "(?:,[ \\t]*" + NAME_WORDS + ")?";
    /**
     * The agencies and networks whose datelines name them after a place written as a name ("London
     * (CNN)", "Rome CNN —"): after a name, other capitals in brackets define an acronym ("The World
     * Health Organization (WHO) said") or a ticker ("Apple (AAPL)"), and open a sentence.
     */
    private static final String AGENCY = "(?:CNN(?:[ \\t]?Business)?|AP|AFP|Reuters|UPI)";
    /** A line holding only an agency's name is its byline ("AP", "The Associated Press"). */
    private static final Pattern BYLINE = Pattern.compile(
            "(?m)^[ \\t]*(?:The[ \\t]+)?(?:Associated[ \\t]+Press|AP|Reuters|AFP|Agence[ \\t]+France-Presse)[ \\t]*$");
    private static final String DASH = "(?:\u2014|\u2013|\u2015|--|-)";
    /**
     * At the start of a line: a place in capitals, a region, an agency in brackets, then a dash; a place
     * and region as written, then an agency in capitals, in brackets or not ("London (CNN)", "Rome CNN —"),
     * a dash where the agency has no brackets.
     */
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*(?:"
            + CAPS_WORDS + REGION + "[ \\t]*(?:\\(" + NAME_WORDS + "\\))?[ \\t]*" + DASH
            + "|" + NAME_WORDS + REGION + "[ \\t]*\\(" + AGENCY + "\\)(?:[ \\t]*" + DASH + ")?"
            + "|" + NAME_WORDS + REGION + "[ \\t]+" + AGENCY + "[ \\t]*" + DASH
            + "|" + AGENCY + "[ \\t]*" + DASH
            + ")(?=\\s)");

    private Datelines() {
    }

    static String mask(String text) {
        return blank(blank(text, DATELINE), BYLINE);
    }

    private static String blank(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) out.setCharAt(i, ' ');
        } while (m.find());
        return out.toString();
    }
}
