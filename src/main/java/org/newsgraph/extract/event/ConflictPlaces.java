package org.newsgraph.extract.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.extract.actor.ActorReferences;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.model.ResolvedActors;

/**
 * Where the article says its war is: the state named as the place of a noun of war ("the war in
 * Ukraine", "its ongoing conflict in Ukraine", "fighting in Sudan"; word class {@code warfare}). An
 * article that names one such state is about a war in it, and a state's war or invasion it names
 * without its other side ("since Russia's invasion") is against that state (EventCoreference). With
 * two such states ("the war in Ukraine" and "the war in Gaza") none is meant. The article is read for
 * its places only when a draft asks, which few articles need.
 */
final class ConflictPlaces {
    private static final String WARFARE = "warfare";
    private static final String MILITARY_FORCE_ROOT = "19";

    private final List<ParsedSentence> sentences;
    private final ActorReferences references;
    private final ResolvedActors actors;
    private final WordClasses classes;
    private Optional<String> onlyPlace;

    ConflictPlaces(List<ParsedSentence> sentences, ActorReferences references, ResolvedActors actors, WordClasses classes) {
        this.sentences = sentences;
        this.references = references;
        this.actors = actors;
        this.classes = classes;
    }

    /**
     * The state a draft's war is against: for a state's war or invasion (a noun of war of CAMEO 19 with
     * a state among its doers), the one place of the article's war, when it is none of the doers.
     */
    Optional<String> placeOf(EventDraft d) {
        boolean statesWar = d.root().equals(MILITARY_FORCE_ROOT) && classes.is(d.lemma, WARFARE)
                && d.agents.stream().anyMatch(actors::isState);
        if (!statesWar) return Optional.empty();
        return onlyPlace().filter(place -> !d.agents.contains(place));
    }

    private Optional<String> onlyPlace() {
        if (onlyPlace == null) {
            Set<String> places = new LinkedHashSet<>();
            for (ParsedSentence s : sentences) {
                for (int i = 0; i < s.size(); i++) {
                    if (PartOfSpeech.of(s, i) != 'N' || !classes.is(s.token(i).lemma().toLowerCase(Locale.ROOT), WARFARE)) continue;
                    for (int place : s.children(i, "nmod:in")) {
                        references.resolve(s, place).stream().filter(actors::isState).forEach(places::add);
                    }
                }
            }
            onlyPlace = places.size() == 1 ? Optional.of(places.iterator().next()) : Optional.empty();
        }
        return onlyPlace;
    }
}
