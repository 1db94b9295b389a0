package org.newsgraph.bench.polnear;

import org.newsgraph.tools.polnear.GoldAttribution;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Decides whether a statement names the gold source: one of its speaker spans overlaps the gold
 * source span ({@link TextOverlap}) or, when coreference chains are given, a mention of a chain
 * aligned with the gold source ("he" → the chain of the name it stands for).
 */
final class SourceMatcher {
    private final TextOverlap overlap;
    private final CorefChains chains;

    SourceMatcher(TextOverlap overlap, CorefChains chains) {
        this.overlap = overlap;
        this.chains = chains;
    }

    boolean matches(GoldAttribution gold, ExtractedStatement statement) {
        if (!gold.hasSource() || !statement.attributed()) return false;
        List<Span> sources = new ArrayList<>(gold.source());
        sources.addAll(chains.mentionsAlignedWith(gold.source()));
        return overlap.anyOverlap(sources, statement.speakerSpans());
    }
}
