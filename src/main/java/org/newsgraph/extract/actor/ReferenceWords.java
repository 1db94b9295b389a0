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
    boolean isProxy(String lemma) {
        return proxyNouns.contains(lemma) || positions.contains(lemma);
    }
}
