package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An event noun that names its doer but not its other side ("since Russia's invasion", "sanctions
 * on Russia over its invasion") often refers back or ahead to the same act named in full elsewhere
 * in the article ("Russia's invasion of Ukraine"): it takes the other side of the nearest event of
 * the same CAMEO root whose agents include one of its own, the same word preferred. Without such an
 * event it stays out, as before: the text does not say whom it was aimed at. Only for acts of
 * conflict (CAMEO 14-20: protests, force, sanctions, coercion, attacks, war), which an article names
 * again as the same act; a person's visits, an actor's support or accusations are many acts, with
 * many other sides ("his visit to Yad Vashem" is not his trip to Israel).
 *
 * <p>Without such an event, a state's war or invasion (a noun of war, CAMEO 19, with a state among
 * its doers) is against the state the article names as where the war is ("since Russia's invasion"
 * in an article on "the war in Ukraine"), when the article names one such state only and it is none
 * of the doers ({@link ConflictPlaces}). Attacks are left alone: "his attacks on big business" are
 * many acts, and words.
 */
final class EventCoreference {
    private static final int FIRST_CONFLICT_ROOT = 14;

    private EventCoreference() {
    }

    /**
     * The awaiting drafts that found their other side among the article's events, or in the place of
     * its war, with it.
     *
     * @param warPlaceOf the state a draft's war is against by the place of the article's war, if any
     */
    static List<EventDraft> resolve(List<EventDraft> awaiting, List<EventDraft> events,
                                    Function<EventDraft, Optional<String>> warPlaceOf) {
        List<EventDraft> resolved = new ArrayList<>();
        for (EventDraft d : awaiting) {
            if (Integer.parseInt(d.root()) < FIRST_CONFLICT_ROOT) continue;
            Optional<EventDraft> antecedent = events.stream()
                    .filter(e -> e.root().equals(d.root()) && !e.otherSide().isEmpty())
                    .filter(e -> e.agents.stream().anyMatch(d.agents::contains))
                    .min(Comparator.comparing((EventDraft e) -> !e.lemma.equals(d.lemma))
                            .thenComparingInt(e -> Math.abs(sentenceOf(e) - sentenceOf(d)))
                            .thenComparingInt(e -> sentenceOf(e) > sentenceOf(d) ? 1 : 0));
            Optional<String> warPlace = antecedent.isPresent() ? Optional.empty() : warPlaceOf.apply(d);
            if (antecedent.isPresent()) {
                d.targets = new ArrayList<>(antecedent.get().targets);
                d.recipients = new ArrayList<>(antecedent.get().recipients);
            } else if (warPlace.isPresent()) {
                d.targets = new ArrayList<>(List.of(warPlace.get()));
                d.recipients = new ArrayList<>();
            } else {
                continue;
            }
            d.awaitsOtherSide = false;
            boolean told = events.stream().anyMatch(e -> e.sentence == d.sentence && e.root().equals(d.root())
                    && e.agents.containsAll(d.agents) && e.otherSide().containsAll(d.otherSide()));
            if (!told) resolved.add(d);
        }
        return resolved;
    }

    private static int sentenceOf(EventDraft d) {
        return d.sentence.sentence().index();
    }
}
