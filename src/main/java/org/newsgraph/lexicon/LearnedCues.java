package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reporting verbs learned from PolNeAR's training texts ({@code extract/attribution-cues.tsv}, made
 * by {@code newsgraph attribution-cues}): a verb is a cue when it heads an annotated cue often
 * enough and reports a clause ("fears that …", "conceded that …").
 *
 * <p>PolNeAR annotates intentions and plans as attributions too ("seeks to", "plans to", "unveiled
 * a bill"); a statement in this graph is something said or thought, so a learned verb must take its
 * content as a clausal complement in at least {@link #MIN_CLAUSE_SHARE} of its cues. The thresholds
 * were compared on PolNeAR dev and the development gold (docs/quality.md): a lemma must have headed
 * at least {@link #MIN_CUES} cues and be a cue in at least {@link #MIN_SHARE} of its occurrences, so
 * that "say" (a cue 85% of the time) and "fear" are in and "make" or "know" are out.
 */
public final class LearnedCues {
    public static final String RESOURCE = "extract/attribution-cues.tsv";
    static final int MIN_CUES = 3;
    static final double MIN_SHARE = 0.25;
    static final double MIN_CLAUSE_SHARE = 0.3;

    private final Map<String, CueCounts> byLemma;

    private LearnedCues(Map<String, CueCounts> byLemma) {
        this.byLemma = Map.copyOf(byLemma);
    }

    public static LearnedCues load() {
        return new LearnedCues(parse(resourceLines(RESOURCE)));
    }

    /** The lines of a learned table on the classpath. */
    static List<String> resourceLines(String resource) {
        InputStream in = LearnedCues.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("Missing resource " + resource + " on the classpath");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    static Map<String, CueCounts> parse(List<String> lines) {
        Map<String, CueCounts> counts = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            Map<String, Integer> relations = new HashMap<>();
            if (f.length > 4 && !f[4].isBlank()) {
                for (String pair : f[4].split(",")) {
                    String[] kv = pair.split("=");
                    relations.put(kv[0], Integer.parseInt(kv[1]));
                }
            }
            counts.put(f[0], new CueCounts(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), relations));
        }
        return counts;
    }

    /** The table's lines: lemma, occurrences, cues, share, relations ("ccomp=120,obj=9"). */
    public static List<String> format(List<CueCounts> counts) {
        List<String> lines = new ArrayList<>();
        lines.add("#lemma\toccurrences\tcues\tshare\tcontent relations");
        for (CueCounts c : counts) {
            String relations = c.sortedRelations().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
            lines.add(c.lemma() + "\t" + c.occurrences() + "\t" + c.cues() + "\t"
                    + String.format(Locale.ROOT, "%.3f", c.cueShare()) + "\t" + relations);
        }
        return lines;
    }

    public boolean isCue(String lemma) {
        CueCounts c = lemma == null ? null : byLemma.get(lemma.toLowerCase(Locale.ROOT));
        return c != null && c.cues() >= MIN_CUES && c.cueShare() >= MIN_SHARE
                && c.contentRelations().getOrDefault("ccomp", 0) >= MIN_CLAUSE_SHARE * c.cues();
    }
}
