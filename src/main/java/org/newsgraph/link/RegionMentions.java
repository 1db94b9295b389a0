package org.newsgraph.link;

import static org.newsgraph.link.ActorResolver.stripArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.RegionHomonyms;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.MentionKind;

/**
 * "the charges he faces in Georgia": a state's name that also names another state's region
 * ({@link RegionHomonyms}) is the region, a place and no actor, unless the article names that
 * state in another way too: its demonym, its capital, another of its names ("Georgian",
 * "Tbilisi", "the Georgian president"), or lists it with another state.
 */
final class RegionMentions {
    /** Most characters between two names of a list: " and ", ", ", " or ". */
    private static final int LIST_GAP = 5;

    private final Gazetteer gazetteer;
    private final RegionHomonyms homonyms;
    /** The state a mention names or names its actor by (the resolver's reading). */
    private final Function<ActorMention, Optional<StateEntry>> stateNamedBy;

    RegionMentions(Gazetteer gazetteer, Function<ActorMention, Optional<StateEntry>> stateNamedBy) {
        this.gazetteer = gazetteer;
        this.homonyms = gazetteer.regionHomonyms();
        this.stateNamedBy = stateNamedBy;
    }

    /** The names in the article that stand for another state's region rather than the state, normalised. */
    Set<String> regionNames(List<ActorMention> mentions) {
        Map<String, String> named = new HashMap<>();
        for (ActorMention m : mentions) {
            for (String word : regionWords(m)) {
                homonyms.stateNamed(word).ifPresent(state -> named.put(NameNormalizer.normalize(word), state));
            }
        }
        if (named.isEmpty()) return Set.of();
        Set<String> namedOtherwise = new HashSet<>();
        for (ActorMention m : mentions) {
            boolean holdsRegionWord = regionWords(m).stream().anyMatch(w -> named.containsKey(NameNormalizer.normalize(w)));
            if (holdsRegionWord) continue;
            stateNamedBy.apply(m).or(() -> m.kind() == MentionKind.PLACE_NAME
                    ? gazetteer.stateByCapital(stripArticle(m.name())) : Optional.empty())
                    .ifPresent(state -> namedOtherwise.add(state.id()));
        }
        Set<String> regions = new HashSet<>();
        named.forEach((name, state) -> {
            if (!namedOtherwise.contains(state)) regions.add(name);
        });
        return regions;
    }

    /** The mentions without the regions' own names, and with no region left as a modifier, affiliation or title word. */
    List<ActorMention> withoutRegionNames(List<ActorMention> mentions, Set<String> regions) {
        if (regions.isEmpty()) return mentions;
        List<ActorMention> kept = new ArrayList<>();
        for (ActorMention m : mentions) {
            boolean regionItself = m.kind() == MentionKind.PLACE_NAME
                    && regions.contains(NameNormalizer.normalize(stripArticle(m.name())));
            if (!regionItself) kept.add(withoutRegion(m, regions));
            else if (isListedWithState(m, mentions)) kept.add(m);
        }
        return kept;
    }

    /** "demands that Ukraine and Georgia be blocked from NATO": a name listed with a state's is a state's. */
    private boolean isListedWithState(ActorMention m, List<ActorMention> mentions) {
        return mentions.stream().anyMatch(o -> o != m && o.kind() == MentionKind.PLACE_NAME && o.sentence() == m.sentence()
                && (Math.abs(o.span().begin() - m.span().end()) <= LIST_GAP || Math.abs(m.span().begin() - o.span().end()) <= LIST_GAP)
                && homonyms.stateNamed(stripArticle(o.name())).isEmpty()
                && gazetteer.state(stripArticle(o.name())).isPresent());
    }

    /**
     * Where a mention may name a state: a place's name, a modifier, an affiliation, the first word of
     * a title ("Georgia Gov.") or of an organisation's name ("Georgia Senate").
     */
    private static List<String> regionWords(ActorMention m) {
        List<String> words = new ArrayList<>();
        if (m.kind() == MentionKind.PLACE_NAME) words.add(stripArticle(m.name()));
        if (m.kind() == MentionKind.ORGANIZATION_NAME) words.add(stripArticle(m.name()).strip().split("\\s+")[0]);
        if (m.modifier() != null) words.add(m.modifier());
        if (m.affiliation() != null) words.add(m.affiliation());
        if (m.title() != null && !m.title().isBlank()) words.add(m.title().strip().split("\\s+")[0]);
        return words;
    }

    /** "Georgia Gov. Brian Kemp" in an article where Georgia is the region: the region says no state. */
    private static ActorMention withoutRegion(ActorMention m, Set<String> regions) {
        boolean modifier = m.modifier() != null && regions.contains(NameNormalizer.normalize(m.modifier()));
        boolean affiliation = m.affiliation() != null && regions.contains(NameNormalizer.normalize(m.affiliation()));
        String title = m.title();
        if (title != null) {
            String normalized = NameNormalizer.normalize(title);
            if (regions.stream().anyMatch(region -> normalized.startsWith(region + " "))) {
                title = title.strip().substring(title.strip().indexOf(' ') + 1);
            }
        }
        if (!modifier && !affiliation && Objects.equals(title, m.title())) return m;
        return new ActorMention(m.kind(), m.span(), m.sentence(), m.name(), title, modifier ? null : m.modifier(),
                affiliation ? null : m.affiliation(), m.agentive());
    }
}
