package org.newsgraph.extract.actor;

import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.nlp.WordList;

/**
 * The word lists {@link ActorReferences} reads role words with.
 *
 * @param proxyNouns nouns that stand for the actor in their modifiers ("capital", "authorities")
 * @param positions  titles that do too when no person is named ("Iraq's security adviser")
 * @param lightVerbs verbs whose subject is the author of their object ("made comments")
 * @param classes    word classes ("conduct": what an actor says or does that others judge)
 */
public record ReferenceWords(WordList proxyNouns, WordList positions, WordList lightVerbs, WordClasses classes) {
    /** The project's lists: extract/actor-proxy-nouns.txt, position-words.txt and event-light-verbs.txt. */
    public static ReferenceWords load(WordClasses classes) {
        return new ReferenceWords(WordList.load("extract/actor-proxy-nouns.txt"), WordList.load("extract/position-words.txt"),
                WordList.load("extract/event-light-verbs.txt"), classes);
    }

    /** A noun or title that stands for the actor named in its modifiers ("the Ukrainian capital", "Iraq's security adviser"). */
    public boolean isProxy(String lemma) {
        return proxyNouns.contains(lemma) || positions.contains(lemma);
    }
}
