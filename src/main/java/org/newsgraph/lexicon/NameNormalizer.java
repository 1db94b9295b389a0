package org.newsgraph.lexicon;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one matching key for names of states, persons and organizations: "the U.S.", "US" and "us" meet
 * on "us"; "Kim Jong-un" and "Kim Jong Un" on "kim jong un"; "Zelenskyy" and "ZELENSKYY" on "zelenskyy".
 *
 * <p>Rules: case-insensitive; diacritics stripped (also letters NFD cannot split, such as "ø", "đ",
 * "ł", "ß"); every kind of hyphen or dash counts as a space; periods and apostrophes are removed
 * (so "U.S." = "US" and "People's" = "Peoples"); other punctuation counts as a space; "&amp;" reads
 * "and"; runs of white space become one space; a leading "the" is ignored.
 */
public final class NameNormalizer {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}\\u00AD\\u2212]");
    private static final Pattern DROPPED = Pattern.compile("[.'\\u2018\\u2019\\u02BB\\u02BC\\u02BF\\u0060\\u00B4]");
    private static final Pattern OTHER_PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");

    private NameNormalizer() {
    }

    /** The matching key of a name; "" for null or a name with no letters or digits. */
    public static String normalize(String name) {
        if (name == null) return "";
        String ascii = asciiKey(name);
        return ascii != null ? ascii : normalizeAnyScript(name);
    }

    /**
     * The same key for names of ASCII characters only, in one pass without regular expressions: the
     * gazetteer loads hundreds of thousands of names, nearly all of them ASCII. Null for other names.
     */
    static String asciiKey(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128) return null;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (space && !out.isEmpty()) out.append(' ');
                space = false;
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else if (c == '&') {
                if (!out.isEmpty()) out.append(' ');
                out.append("and");
                space = true;
            } else if (c != '.' && c != '\'' && c != '`') {
                space = true;
            }
        }
        return out.length() >= 4 && out.charAt(0) == 't' && out.charAt(1) == 'h' && out.charAt(2) == 'e'
                && out.charAt(3) == ' ' ? out.substring(4) : out.toString();
    }

    /** The key by the rules for any script (see the class comment). */
    static String normalizeAnyScript(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFD);
        text = COMBINING_MARKS.matcher(text).replaceAll("");
        text = foldUnsplittableLetters(text.toLowerCase(Locale.ROOT));
        text = text.replace("&", " and ");
        text = DASHES.matcher(text).replaceAll(" ");
        text = DROPPED.matcher(text).replaceAll("");
        text = OTHER_PUNCTUATION.matcher(text).replaceAll(" ").trim();
        return LEADING_THE.matcher(text).replaceFirst("");
    }

    // Letters with a stroke or ligatures have no decomposition, so NFD leaves them alone.
    private static String foldUnsplittableLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ø' -> out.append('o');
                case 'đ', 'ð' -> out.append('d');
                case 'ł' -> out.append('l');
                case 'ħ' -> out.append('h');
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
