package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Common nouns learned from PolNeAR's training texts as heads of sources ({@code
 * extract/attribution-sources.tsv}, made by {@code newsgraph attribution-cues}): "the bank said",
 * "the poll found". A noun counts when it headed at least {@link #MIN_SOURCES} sources and in at
 * least {@link #MIN_SHARE} of its occurrences, so that "spokesman" is in and "year" is out.
 */
public final class LearnedSources {
    public static final String RESOURCE = "extract/attribution-sources.tsv";
    static final int MIN_SOURCES = 3;
    static final double MIN_SHARE = 0.05;

    private final Map<String, SourceCounts> byLemma;

    private LearnedSources(Map<String, SourceCounts> byLemma) {
        this.byLemma = Map.copyOf(byLemma);
    }

    public static LearnedSources load() {
        return new LearnedSources(parse(LearnedCues.resourceLines(RESOURCE)));
    }

    static Map<String, SourceCounts> parse(List<String> lines) {
        Map<String, SourceCounts> counts = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            counts.put(f[0], new SourceCounts(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        }
        return counts;
    }

    public static List<String> format(List<SourceCounts> counts) {
        List<String> lines = new ArrayList<>();
        lines.add("#lemma\toccurrences\tsources\tshare");
        for (SourceCounts c : counts) {
            double share = c.occurrences() == 0 ? 0 : (double) c.sources() / c.occurrences();
            lines.add(c.lemma() + "\t" + c.occurrences() + "\t" + c.sources() + "\t" + String.format(Locale.ROOT, "%.3f", share));
        }
        return lines;
    }

    public boolean namesSource(String lemma) {
        SourceCounts c = lemma == null ? null : byLemma.get(lemma.toLowerCase(Locale.ROOT));
        return c != null && c.sources() >= MIN_SOURCES && c.occurrences() > 0
                && (double) c.sources() / c.occurrences() >= MIN_SHARE;
    }
}
