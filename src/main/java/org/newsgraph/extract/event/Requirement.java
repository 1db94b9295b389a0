package org.newsgraph.extract.event;

import org.newsgraph.extract.DependencyPath;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.lexicon.WordClasses;

/**
 * Something a trigger word needs in its sentence to count: a word at a dependency path,
 * optionally of a word class ("obj:envoy": "send a delegation", not "send a letter").
 */
record Requirement(DependencyPath path, String wordClass, boolean absent) {
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
        if (colon > 0 && classes.isClass(t.substring(colon + 1))) {
            return new Requirement(DependencyPath.parse(t.substring(0, colon)), t.substring(colon + 1), absent);
        }
        return new Requirement(DependencyPath.parse(t), null, absent);
    }

    boolean isMet(ParsedSentence sentence, int trigger, WordClasses classes) {
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
            if (wordClass == null || classes.is(sentence.token(word).lemma(), wordClass)) return true;
        }
        return false;
    }
}
