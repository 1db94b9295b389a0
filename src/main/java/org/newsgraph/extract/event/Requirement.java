package org.newsgraph.extract.event;

import org.newsgraph.extract.DependencyPath;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.WordClasses;

/**
 * Something a trigger word needs in its sentence to count: a word at a dependency path,
 * optionally of a word class ("obj:envoy": "send a delegation", not "send a letter").
 */
record Requirement(DependencyPath path, String wordClass) {
    /** Parses "obj" or "obj:envoy"; a relation with a subtype like "obl:on" is read as a path. */
    static Requirement parse(String text, WordClasses classes) {
        String t = text.strip();
        int colon = t.lastIndexOf(':');
        if (colon > 0 && classes.isClass(t.substring(colon + 1))) {
            return new Requirement(DependencyPath.parse(t.substring(0, colon)), t.substring(colon + 1));
        }
        return new Requirement(DependencyPath.parse(t), null);
    }

    boolean isMet(ParsedSentence sentence, int trigger, WordClasses classes) {
        for (int word : path.follow(sentence, trigger)) {
            if (wordClass == null || classes.is(sentence.token(word).lemma(), wordClass)) return true;
        }
        return false;
    }
}
