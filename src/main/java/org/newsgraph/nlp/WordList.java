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

/** A set of lower-case words kept as data in a classpath resource ('#' starts a comment). */
public final class WordList {
    private final Set<String> words;

    private WordList(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static WordList load(String resource) {
        InputStream in = WordList.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("Missing resource " + resource + " on the classpath");
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) words.add(word.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return new WordList(words);
    }

    /** The words, in no particular order. */
    public Set<String> words() {
        return words;
    }

    public boolean contains(String word) {
        return word != null && words.contains(word.toLowerCase(Locale.ROOT));
    }
}
