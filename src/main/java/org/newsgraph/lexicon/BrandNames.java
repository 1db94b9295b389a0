package org.newsgraph.lexicon;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written as two words run together, each capitalised: "TikTok", "ByteDance", "YouTube",
 * "PetroChina", "OpenAI". Companies and products are named so, people and nationalities are not;
 * NER, trained on older news, leaves many of them untagged or calls them persons. Family names
 * with a capitalised particle ("McConnell", "DeSantis", "MacArthur", "FitzGerald", "VanDyke") are
 * told apart by their short or known first part.
 */
public final class BrandNames {
    private static final Pattern TWO_WORDS = Pattern.compile("(\\p{Lu}\\p{Ll}+)(\\p{Lu}(\\p{Ll}+|\\p{Lu}+))");
    private static final Set<String> NAME_PARTICLES = Set.of("Mac", "Van", "Von", "Del", "Den", "Der", "Des", "Las",
            "Los", "Fitz", "Ten", "Ter");
    private static final int SHORTEST_FIRST_WORD = 3;

    private BrandNames() {
    }

    public static boolean looksLikeBrand(String word) {
        Matcher m = TWO_WORDS.matcher(word.strip());
        if (!m.matches()) return false;
        String first = m.group(1);
        return first.length() >= SHORTEST_FIRST_WORD && !NAME_PARTICLES.contains(first);
    }
}
