package org.newsgraph.pipeline;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.nlp.WordList;

/**
 * Tells whether a text is English, the only language the NLP models know. Text in another language
 * gives no actors or statements, or wrong ones, so it is reported instead of being stored as if it
 * had been understood. Short texts are not judged: a few words are no evidence either way.
 */
final class EnglishText {
    private static final WordList FUNCTION_WORDS = WordList.load("pipeline/english-function-words.txt");
    /** Letters needed to judge the script, words needed to judge the language. */
    private static final int MIN_LETTERS = 200;
    private static final int MIN_WORDS = 60;
    /** English prose has about 40% function words; other Latin-script languages share only a few. */
    private static final double MIN_FUNCTION_WORD_SHARE = 0.08;
    /** The start of a text tells its language as well as all of it does. */
    private static final int SAMPLE_CHARS = 20_000;

    private EnglishText() {
    }

    /** Why {@code text} is not English, or empty when it is (or is too short to tell). */
    static Optional<String> problem(String fullText) {
        String text = fullText.length() > SAMPLE_CHARS ? fullText.substring(0, SAMPLE_CHARS) : fullText;
        Map<UnicodeScript, Integer> scripts = letterScripts(text);
        int letters = scripts.values().stream().mapToInt(Integer::intValue).sum();
        if (letters >= MIN_LETTERS && scripts.getOrDefault(UnicodeScript.LATIN, 0) * 2 < letters) {
            String script = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()
                    .name().toLowerCase(Locale.ROOT);
            return Optional.of("the text is mostly in the " + script + " script, not English, and the language"
                    + " models are English only; not stored. Give an English version of the article");
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int counted = 0;
        int functionWords = 0;
        for (String word : words) {
            if (word.isEmpty()) continue;
            counted++;
            if (FUNCTION_WORDS.contains(word)) functionWords++;
        }
        if (counted >= MIN_WORDS && functionWords < counted * MIN_FUNCTION_WORD_SHARE) {
            return Optional.of(String.format("the text does not look like English (%d%% of its words are common"
                    + " English words, against about 40%% in English prose), and the language models are English"
                    + " only; not stored. Give an English version of the article", functionWords * 100 / counted));
        }
        return Optional.empty();
    }

    private static Map<UnicodeScript, Integer> letterScripts(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
                .forEach(cp -> counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
        return counts;
    }
}
