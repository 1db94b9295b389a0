package org.newsgraph.bench.polnear;

import org.newsgraph.tools.polnear.GoldAttribution;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.newsgraph.eval.PrfCounts;

/**
 * Scores one system's statements on one text against the gold attributions.
 *
 * <p>Matching is by overlap and not one-to-one: a gold attribution is found when at least one
 * statement matches it, and a statement is correct when it matches at least one gold attribution
 * (a quote split in two by "he said" is one gold content; either half matches it).
 * <ul>
 * <li>content: recall over all gold attributions, precision over all statements.</li>
 * <li>content+source: recall over gold attributions that have a source, precision over statements
 *     with a speaker; a statement kept without a speaker is neither right nor wrong about its
 *     source, it only costs recall.</li>
 * </ul>
 */
final class AttributionScorer {
    private final TextOverlap overlap;
    private final SourceMatcher spanSource;
    private final SourceMatcher corefSource;

    /** {@code chains} may be {@link CorefChains#NONE}: then no coref-widened score is given. */
    AttributionScorer(String text, CorefChains chains) {
        this.overlap = new TextOverlap(text);
        this.spanSource = new SourceMatcher(overlap, CorefChains.NONE);
        this.corefSource = chains == CorefChains.NONE ? null : new SourceMatcher(overlap, chains);
    }

    Map<Criterion, PrfCounts> score(List<GoldAttribution> gold, List<ExtractedStatement> statements) {
        Map<Criterion, PrfCounts> scores = new EnumMap<>(Criterion.class);
        scores.put(Criterion.CONTENT, count(gold, statements, this::sameContent));
        List<GoldAttribution> withSource = gold.stream().filter(GoldAttribution::hasSource).toList();
        List<ExtractedStatement> attributed = statements.stream().filter(ExtractedStatement::attributed).toList();
        scores.put(Criterion.CONTENT_AND_SOURCE, count(withSource, attributed,
                (g, s) -> sameContent(g, s) && spanSource.matches(g, s)));
        if (corefSource != null) {
            scores.put(Criterion.CONTENT_AND_SOURCE_COREF, count(withSource, attributed,
                    (g, s) -> sameContent(g, s) && corefSource.matches(g, s)));
        }
        return scores;
    }

    private boolean sameContent(GoldAttribution gold, ExtractedStatement statement) {
        return overlap.anyOverlap(gold.content(), List.of(statement.content()));
    }

    private static PrfCounts count(List<GoldAttribution> gold, List<ExtractedStatement> statements,
                                   BiPredicate<GoldAttribution, ExtractedStatement> match) {
        Predicate<GoldAttribution> found = g -> statements.stream().anyMatch(s -> match.test(g, s));
        Predicate<ExtractedStatement> correct = s -> gold.stream().anyMatch(g -> match.test(g, s));
        return new PrfCounts(gold.size(), (int) gold.stream().filter(found).count(),
                statements.size(), (int) statements.stream().filter(correct).count());
    }
}
