package org.newsgraph.extract;

import org.newsgraph.lexicon.LearnedSources;
import org.newsgraph.nlp.AnimateNouns;

/**
 * Kinds of people the news quotes ("an organizer said", "analysts say"): common nouns that head
 * sources in PolNeAR's training texts and that CoreNLP's animacy list calls animate. Polls and
 * reports head sources too, but they are documents, not speakers. Read once per JVM; actor and
 * statement extraction both ask it.
 */
public final class SpeakingKinds {
    private static final class Holder {
        static final SpeakingKinds SHARED = new SpeakingKinds(LearnedSources.load(), AnimateNouns.shared());
    }

    private final LearnedSources sources;
    private final AnimateNouns animate;

    private SpeakingKinds(LearnedSources sources, AnimateNouns animate) {
        this.sources = sources;
        this.animate = animate;
    }

    public static SpeakingKinds shared() {
        return Holder.SHARED;
    }

    public boolean contains(String lemma) {
        return sources.namesSource(lemma) && animate.contains(lemma);
    }
}
