package org.newsgraph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Lemmas grouped by what the event rules need to know about them (extract/event-word-classes.tsv). */
public final class WordClasses {
    static final String RESOURCE = "extract/event-word-classes.tsv";
    private static final Map<String, Integer> KIND_DIGITS = Map.of("economic", 1, "military", 2, "humanitarian", 3, "protection", 4);

    private final Map<String, Set<String>> classesByLemma;
    private final Set<String> classNames;

    WordClasses(Map<String, Set<String>> classesByLemma) {
        this.classesByLemma = Map.copyOf(classesByLemma);
        Set<String> names = new HashSet<>();
        classesByLemma.values().forEach(names::addAll);
        this.classNames = Set.copyOf(names);
    }

    /** The classes of the shipped file, read once per JVM: the table is read-only, so every extractor shares it. */
    public static WordClasses shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final WordClasses INSTANCE = load();
    }

    public static WordClasses load() {
        Map<String, Set<String>> classes = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(RESOURCE, List.of("lemma", "class"))) {
            classes.computeIfAbsent(row.get("lemma").toLowerCase(Locale.ROOT), k -> new HashSet<>())
                    .add(row.get("class"));
        }
        return new WordClasses(classes);
    }

    public boolean is(String lemma, String wordClass) {
        return lemma != null && classesByLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of()).contains(wordClass);
    }

    public boolean isClass(String name) {
        return classNames.contains(name);
    }

    /** 1 economic, 2 military, 3 humanitarian, 4 military protection (troops), 0 when the word names no kind of aid. */
    public int kindDigit(String lemma) {
        for (Map.Entry<String, Integer> kind : KIND_DIGITS.entrySet()) {
            if (is(lemma, kind.getKey())) return kind.getValue();
        }
        return 0;
    }

    /** True when the word names aid of some kind, or aid in general. */
    public boolean namesAid(String lemma) {
        return kindDigit(lemma) > 0 || is(lemma, "aid");
    }
}
