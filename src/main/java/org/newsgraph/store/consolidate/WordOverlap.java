package org.newsgraph.store.consolidate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two texts say the same thing in nearly the same words: most content words of the
 * shorter text appear in the longer one. Outlets trim, reorder and retranslate quotes, so exact
 * comparison misses most repeats; function words are left out because every text shares them.
 */
public final class WordOverlap {
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "that", "this", "with", "for", "from",
            "will", "would", "was", "were", "are", "has", "have", "had", "been", "our", "their", "they", "them",
            "its", "his", "her", "not", "but", "what", "when", "which", "who", "into", "about", "than", "then",
            "there", "these", "those", "also", "only", "more", "very", "can", "could", "may", "might", "should");
    /** Share of the shorter text's content words found in the longer one. */
    private static final double MIN_CONTAINMENT = 0.7;
    /** Fewer content words than this is too little to tell a repeat from a coincidence. */
    private static final int MIN_WORDS = 4;
    /** Compiled once: a whole store's statements are split into words after every build. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Whether two texts, given by their {@link #contentWords}, say the same thing. */
    boolean sameWords(Set<String> wordsA, Set<String> wordsB) {
        Set<String> shorter = wordsA.size() <= wordsB.size() ? wordsA : wordsB;
        Set<String> longer = shorter == wordsA ? wordsB : wordsA;
        if (!isComparable(shorter)) return false;
        long shared = shorter.stream().filter(longer::contains).count();
        return shared >= MIN_CONTAINMENT * shorter.size();
    }

    /** Whether a text of these content words has enough of them to be found repeated at all. */
    boolean isComparable(Set<String> words) {
        return words.size() >= MIN_WORDS;
    }

    static Set<String> contentWords(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        Set<String> words = new HashSet<>();
        for (String word : NON_WORD.split(ascii.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 3 && !FUNCTION_WORDS.contains(word)) words.add(word);
        }
        return words;
    }
}
