package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.DependencyPath;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.nlp.AnimateNouns;

/**
 * Something a trigger word needs in its sentence to count: a word at a dependency path,
 * optionally of a word class ("obj:envoy": "send a delegation", not "send a letter").
 */
record Requirement(DependencyPath path, String wordClass, boolean absent) {
    /**
     * Not a class of the file but of the word: a name, a pronoun or a noun for a living being
     * ("received Peru's foreign minister", not "received 77 more votes" or "a yellow card").
     */
    static final String SOMEONE = "someone";
    /** Not a class either: any noun ("charged him with fraud", not "charged with explaining the plan"). */
    static final String NOUN = "noun";
    /**
     * Not a class either: two words at the path (no dates) that are not conjuncts of each other,
     * as the object and the name given it ("who he called “north stars”", "called it “a joke”").
     */
    static final String TWO = "two";
    private static final AnimateNouns ANIMATE = AnimateNouns.shared();

    /**
     * Parses "obj" or "obj:envoy"; a relation with a subtype like "obl:on" is read as a path. "!xcomp"
     * requires that no noun or adjective be at the path: "called Biden" is a call, "called him a
     * dictator" a name given (an infinitive there, "called Putin to discuss", still allows the call);
     * "!obj:agreement" requires that no word of the class be there.
     */
    static Requirement parse(String text, WordClasses classes) {
        String t = text.strip();
        boolean absent = t.startsWith("!");
        if (absent) t = t.substring(1);
        int colon = t.lastIndexOf(':');
        if (colon > 0 && (classes.isClass(t.substring(colon + 1)) || t.substring(colon + 1).equals(SOMEONE)
                || t.substring(colon + 1).equals(NOUN) || t.substring(colon + 1).equals(TWO))) {
            return new Requirement(DependencyPath.parse(t.substring(0, colon)), t.substring(colon + 1), absent);
        }
        return new Requirement(DependencyPath.parse(t), null, absent);
    }

    boolean isMet(ParsedSentence sentence, int trigger, WordClasses classes) {
        if (TWO.equals(wordClass)) return absent != holdsTwo(sentence, path.follow(sentence, trigger));
        // "!obj:agreement": no word of the class there ("struck a deal" is no strike)
        if (absent && wordClass != null) {
            return path.follow(sentence, trigger).stream().noneMatch(w -> classes.is(sentence.token(w).lemma(), wordClass));
        }
        // a date at the path is no name given ("called Biden Tuesday")
        if (absent) {
            return path.follow(sentence, trigger).stream().noneMatch(w -> "NJ".indexOf(PartOfSpeech.of(sentence, w)) >= 0
                    && !sentence.token(w).isTemporal());
        }
        for (int word : path.follow(sentence, trigger)) {
            // "called Biden on Tuesday": a date at the path says when, not what the word needs ("called on Israel")
            if (sentence.token(word).isTemporal()) continue;
            if (wordClass == null || isOfClass(sentence, word, classes)) return true;
        }
        return false;
    }

    /** Two words, neither a conjunct of the other ("called Macron and Scholz" is one object). */
    private static boolean holdsTwo(ParsedSentence sentence, List<Integer> words) {
        List<Integer> heads = words.stream()
                .filter(w -> !sentence.token(w).isTemporal())
                .toList();
        long apart = heads.stream()
                .filter(w -> heads.stream().noneMatch(h -> sentence.children(h, "conj").contains(w)))
                .count();
        return apart >= 2;
    }

    private boolean isOfClass(ParsedSentence sentence, int word, WordClasses classes) {
        if (wordClass.equals(NOUN)) return PartOfSpeech.of(sentence, word) == 'N';
        if (!wordClass.equals(SOMEONE)) return classes.is(sentence.token(word).lemma(), wordClass);
        String tag = sentence.token(word).pos();
        return tag.startsWith("NNP") || tag.equals("PRP") || ANIMATE.isLowerCaseEntry(sentence.token(word).lemma().toLowerCase(java.util.Locale.ROOT));
    }
}
