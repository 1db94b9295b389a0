package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns that name living beings, from the animacy lists CoreNLP's coreference models ship (Ji and
 * Lin's, learned from web text; 35,000 words). Tells "the spokesman" from "the report".
 */
public final class AnimateNouns {
    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    private static volatile AnimateNouns shared;

    private final Set<String> words;

    private AnimateNouns(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The list, read once per JVM from the CoreNLP models on the classpath. */
    public static AnimateNouns shared() {
        AnimateNouns result = shared;
        if (result == null) {
            synchronized (AnimateNouns.class) {
                if (shared == null) shared = load();
                result = shared;
            }
        }
        return result;
    }

    private static AnimateNouns load() {
        InputStream in = AnimateNouns.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("Missing " + RESOURCE + ": the CoreNLP models jar is not on the classpath");
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(w -> !w.isEmpty()).forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new AnimateNouns(words);
    }

    public boolean contains(String lemma) {
        return lemma != null && words.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
