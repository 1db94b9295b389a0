package org.newsgraph.link.wikidata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.model.ActorType;

/**
 * Links one actor to Wikidata: searches its names (wbsearchentities), fetches the candidates and
 * the positions and classes they refer to (wbgetentities, batched), scores each with
 * {@link CandidateScorer} and links the best only when it reaches {@link #THRESHOLD} and no other
 * candidate comes within {@link #MARGIN} of it: an unsure link is worse than none.
 */
public final class WikidataLinker {
    /** Least score for a link. */
    public static final double THRESHOLD = 0.6;
    /** Least lead of the best candidate over the next. */
    public static final double MARGIN = 0.15;
    /** A link found by search is never certain; certainty (1.0) is for the curated gazetteer. */
    public static final double MAX_CONFIDENCE = 0.95;
    /** Names searched per actor, at most, until one has hits. */
    private static final int MAX_NAMES_SEARCHED = 2;

    private final WikidataApi api;
    private final CandidateScorer scorer = new CandidateScorer();

    public WikidataLinker(WikidataApi api) {
        this.api = api;
    }

    public Optional<WikidataLink> link(LinkQuery query) {
        List<SearchHit> hits = search(query);
        if (hits.isEmpty()) return Optional.empty();
        Map<String, WikidataEntity> candidates = api.entities(hits.stream().map(SearchHit::id).toList());
        Map<String, WikidataEntity> related = related(query.type(), candidates.values());
        List<CandidateScorer.Scored> scored = new ArrayList<>();
        for (int rank = 0; rank < hits.size(); rank++) {
            WikidataEntity candidate = candidates.get(hits.get(rank).id());
            if (candidate != null) scorer.score(query, candidate, rank, related).ifPresent(scored::add);
        }
        scored.sort(Comparator.comparingDouble(CandidateScorer.Scored::score).reversed());
        if (scored.isEmpty() || scored.get(0).score() < THRESHOLD) return Optional.empty();
        CandidateScorer.Scored best = scored.get(0);
        if (scored.size() > 1 && best.score() - scored.get(1).score() < MARGIN) return Optional.empty();
        return Optional.of(new WikidataLink(best.entity().id(), best.entity().label(),
                Math.min(MAX_CONFIDENCE, best.score()), best.evidence()));
    }

    private List<SearchHit> search(LinkQuery query) {
        Set<String> tried = new LinkedHashSet<>();
        for (String name : query.names()) {
            if (tried.size() >= MAX_NAMES_SEARCHED) break;
            if (!tried.add(NameNormalizer.normalize(name))) continue;
            List<SearchHit> hits = api.search(name).orElse(List.of());
            if (!hits.isEmpty()) return hits;
        }
        return List.of();
    }

    /** The positions of person candidates or the classes of organization candidates, in one batch. */
    private Map<String, WikidataEntity> related(ActorType type, Iterable<WikidataEntity> candidates) {
        Set<String> ids = new LinkedHashSet<>();
        for (WikidataEntity candidate : candidates) {
            if (type == ActorType.PERSON && WikidataClasses.isHuman(candidate)) {
                candidate.positions().forEach(p -> ids.add(p.positionId()));
            }
            if (type == ActorType.ORGANIZATION) ids.addAll(candidate.instanceOf());
        }
        return ids.isEmpty() ? Map.of() : api.entities(ids);
    }
}
