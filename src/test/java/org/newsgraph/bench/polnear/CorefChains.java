package org.newsgraph.bench.polnear;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * CoreNLP's coreference chains of one text, as character spans, used to say which entity a
 * span such as "he" or "the newspaper" refers to.
 *
 * <p>A span is aligned with a chain when one of the chain's mentions covers nearly the same
 * characters: shared characters / characters of either (Jaccard) at least {@value #MIN_JACCARD}.
 * Mere overlap would be too loose: "Ms Clinton's campaign manager" overlaps the chain of
 * "Ms Clinton", but it is not the same entity.
 */
public record CorefChains(List<List<Span>> chains) {
    static final double MIN_JACCARD = 0.5;
    public static final CorefChains NONE = new CorefChains(List.of());

    public CorefChains {
        chains = chains.stream().map(List::copyOf).toList();
    }

    /** Every mention of every chain aligned with {@code spans}; empty when none is. */
    List<Span> mentionsAlignedWith(List<Span> spans) {
        List<Span> mentions = new ArrayList<>();
        for (List<Span> chain : chains) {
            if (chain.stream().anyMatch(m -> jaccard(m, spans) >= MIN_JACCARD)) mentions.addAll(chain);
        }
        return mentions;
    }

    static double jaccard(Span mention, List<Span> spans) {
        int shared = 0;
        int total = mention.end() - mention.begin();
        for (Span span : spans) {
            shared += Math.max(0, Math.min(mention.end(), span.end()) - Math.max(mention.begin(), span.begin()));
            total += span.end() - span.begin();
        }
        int union = total - shared;
        return union == 0 ? 0 : (double) shared / union;
    }
}
