package org.newsgraph.lexicon;

import java.util.regex.Pattern;

/**
 * Acronyms of names: "the SCDC" for the "Sudanese Central Doctors Committee", "the FT" for the
 * "Financial Times". Only capitalised words count ("Joint Chiefs of Staff" is "JCS").
 */
public final class Acronyms {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Za-z]*-?\\d+");

    private Acronyms() {
    }

    /** The initials of a name's capitalised words: "Sudanese Central Doctors Committee" → "SCDC". */
    public static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s\\-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) initials.append(word.charAt(0));
        }
        return initials.toString();
    }

    /** Whether {@code acronym} is the initials of {@code name}: "FT" of "Financial Times". */
    public static boolean spells(String acronym, String name) {
        return initials(name).equals(acronym);
    }

    /** Whether a word is written like an acronym: two to six capital letters. */
    public static boolean looksLikeAcronym(String word) {
        return word.matches("\\p{Lu}{2,6}");
    }

    /**
     * Whether a word is written like the code of a body, letters then a number: "G7", "G-20". The
     * tagger takes such a word for a common noun, and the gazetteer knows some of them.
     */
    public static boolean looksLikeCode(String word) {
        return CODE.matcher(word).matches();
    }
}
