package org.newsgraph.extract.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * The given names of an article's storms ("Hurricane Ian", "Typhoon Nanmadol"; extract/storm-words.txt):
 * NER tags them as people, and a storm that "hit Japan" would become an attack.
 */
final class StormNames {
    private static final WordList STORM_WORDS = WordList.load("extract/storm-words.txt");

    private final Set<String> names = new HashSet<>();

    StormNames(AnalyzedText analyzed) {
        // the proper nouns after a storm word, whatever NER made of them ("Hurricane Beryl" may be no entity)
        for (Sentence sentence : analyzed.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!isStormWord(tokens.get(i))) continue;
                StringBuilder name = new StringBuilder();
                for (int j = i + 1; j < tokens.size() && tokens.get(j).pos().startsWith("NNP"); j++) {
                    if (!name.isEmpty()) name.append(' ');
                    name.append(tokens.get(j).word());
                }
                if (!name.isEmpty()) names.add(key(name.toString()));
            }
        }
    }

    /** True for a storm's name, with or without the word before it ("Hurricane Beryl", "Beryl"). */
    boolean isStorm(EntityMention m) {
        String text = key(m.text());
        if (names.contains(text)) return true;
        int space = text.indexOf(' ');
        return space > 0 && STORM_WORDS.contains(text.substring(0, space)) && names.contains(text.substring(space + 1));
    }

    /** A storm noun: "protesters storm Parliament" names no storm. */
    private static boolean isStormWord(Token t) {
        return t.pos().startsWith("NN") && STORM_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
