package org.newsgraph.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How positive or negative people rate a word, from -4 to +4: the VADER lexicon (extract/vader/,
 * 7,200 words each rated by ten people). Tells "a fool" and "a huge mistake" from "a great partner"
 * without a list typed by hand. Read once per JVM.
 */
public final class Valence {
    static final String RESOURCE = "extract/vader/valence.tsv";

    private static final class Holder {
        static final Valence SHARED = load();
    }

    private final Map<String, Double> byWord;

    Valence(Map<String, Double> byWord) {
        this.byWord = Map.copyOf(byWord);
    }

    public static Valence shared() {
        return Holder.SHARED;
    }

    private static Valence load() {
        Map<String, Double> values = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(RESOURCE, List.of("word", "valence"))) {
            values.put(row.get("word"), Double.parseDouble(row.get("valence")));
        }
        return new Valence(values);
    }

    /** The word's rating, trying its form and then its lemma; 0 when neither was rated. */
    public double of(String word, String lemma) {
        Double value = byWord.get(word.toLowerCase(Locale.ROOT));
        if (value == null && lemma != null) value = byWord.get(lemma.toLowerCase(Locale.ROOT));
        if (value == null) value = ofAdjectiveBehind(word.toLowerCase(Locale.ROOT));
        return value == null ? 0 : value;
    }

    /**
     * The lexicon rates adjectives more often than the nouns made from them: "irresponsibility" is
     * rated as "irresponsible", "recklessness" as "reckless", "brutality" as "brutal".
     */
    private Double ofAdjectiveBehind(String noun) {
        for (String[] suffix : NOUN_SUFFIXES) {
            if (noun.endsWith(suffix[0]) && noun.length() > suffix[0].length() + 3) {
                Double value = byWord.get(noun.substring(0, noun.length() - suffix[0].length()) + suffix[1]);
                if (value != null) return value;
            }
        }
        return null;
    }

    /** Noun endings and the adjective endings they come from. */
    private static final String[][] NOUN_SUFFIXES = {
            {"ibility", "ible"}, {"ability", "able"}, {"ness", ""}, {"ity", ""}, {"ity", "e"}, {"ism", "ic"}};
}
