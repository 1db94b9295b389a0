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
 * Lin's, learned from web text; 35,000 words). Tells "the spokesman" from "the report". Read once per
 * JVM for every user.
 */
public final class AnimateNouns {
    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";

    private static final class Holder {
        static final AnimateNouns SHARED = load();
    }

    private final Set<String> anyCase;
    private final Set<String> lowerCaseEntries;

    private AnimateNouns(Set<String> anyCase, Set<String> lowerCaseEntries) {
        this.anyCase = Set.copyOf(anyCase);
        this.lowerCaseEntries = Set.copyOf(lowerCaseEntries);
    }

    /** The list, read once per JVM from the CoreNLP models on the classpath. */
    public static AnimateNouns shared() {
        return Holder.SHARED;
    }

    private static AnimateNouns load() {
        InputStream in = AnimateNouns.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("Missing " + RESOURCE + ": the CoreNLP models jar is not on the classpath");
        Set<String> anyCase = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String w = line.strip();
                if (w.isEmpty()) continue;
                String folded = w.toLowerCase(Locale.ROOT);
                anyCase.add(folded);
                if (w.equals(folded)) lowerCase.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new AnimateNouns(anyCase, lowerCase);
    }

    /** Whether the word is on the list in any case ("Organizer" finds "organizer"). */
    public boolean contains(String lemma) {
        return lemma != null && anyCase.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the lower-case noun is on the list as written in lower case: capitalised lines are
     * names ("Jets" is a team), which the agent dictionary's groups leave out.
     */
    public boolean isLowerCaseEntry(String noun) {
        return noun != null && lowerCaseEntries.contains(noun);
    }
}
