package org.newsgraph.link.wikidata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.model.ActorType;

/**
 * Scores one search candidate against what the article says, by checks on its claims. A candidate
 * of the wrong kind (not human for a person, not a sovereign state for a state, a human, state or
 * name page for an organization) is rejected outright; for the others points add up:
 * <ul>
 *   <li>base {@value #BASE}; the name equal to its label or an alias +{@value #EXACT_NAME}, else
 *   {@value #PARTIAL_NAME}; first search hit +{@value #FIRST_HIT}, second +{@value #SECOND_HIT};</li>
 *   <li>person: citizenship (P27) of the article's state +{@value #STATE_MATCH}, a position (P39)
 *   of that state +{@value #POSITION_IN_STATE}, neither while citizenship names other states
 *   {@value #STATE_MISMATCH}; a position whose label matches the title and that was held on the
 *   article date +{@value #ROLE_AT_DATE}, held at another time +{@value #ROLE_OTHER_TIME}; born
 *   after the article date: rejected; dead more than a year before it {@value #LONG_DEAD};</li>
 *   <li>organization: country (P17) the article's state +{@value #STATE_MATCH}, another state
 *   {@value #STATE_MISMATCH}; a class that is an organization +{@value #ORGANIZATION_CLASS}, else
 *   {@value #NOT_ORGANIZATION_CLASS}.</li>
 * </ul>
 * The points are tuned so that an exact name, the right kind and the first hit (0.7) link when no
 * other candidate comes close, and a namesake of the wrong state or dead for decades does not.
 */
final class CandidateScorer {
    static final double BASE = 0.4;
    static final double EXACT_NAME = 0.2;
    static final double PARTIAL_NAME = -0.2;
    static final double FIRST_HIT = 0.1;
    static final double SECOND_HIT = 0.05;
    static final double STATE_MATCH = 0.2;
    static final double POSITION_IN_STATE = 0.1;
    static final double STATE_MISMATCH = -0.3;
    static final double ROLE_AT_DATE = 0.25;
    static final double ROLE_OTHER_TIME = 0.05;
    static final double LONG_DEAD = -0.2;
    static final double ORGANIZATION_CLASS = 0.1;
    static final double NOT_ORGANIZATION_CLASS = -0.15;

    /** A candidate that passed the type check, with its points and the checks that gave them. */
    record Scored(WikidataEntity entity, double score, List<String> evidence) {
    }

    /**
     * @param rank    0-based position in the search answer
     * @param related items the candidate refers to (its classes and positions), as far as fetched
     */
    Optional<Scored> score(LinkQuery query, WikidataEntity candidate, int rank, Map<String, WikidataEntity> related) {
        if (!rightKind(query.type(), candidate, related)) return Optional.empty();
        List<String> evidence = new ArrayList<>();
        double score = BASE;
        if (namedAs(query, candidate)) {
            score += EXACT_NAME;
            evidence.add("name");
        } else {
            score += PARTIAL_NAME;
        }
        if (rank == 0) score += FIRST_HIT;
        if (rank == 1) score += SECOND_HIT;
        switch (query.type()) {
            case PERSON -> {
                Optional<Double> person = personPoints(query, candidate, related, evidence);
                if (person.isEmpty()) return Optional.empty();
                score += person.get();
            }
            case ORGANIZATION -> score += organizationPoints(query, candidate, related, evidence);
            case STATE -> {
            }
        }
        return Optional.of(new Scored(candidate, score, evidence));
    }

    private static boolean rightKind(ActorType type, WikidataEntity e, Map<String, WikidataEntity> related) {
        return switch (type) {
            case PERSON -> WikidataClasses.isHuman(e);
            case STATE -> WikidataClasses.isState(e);
            case ORGANIZATION -> !WikidataClasses.isHuman(e) && !WikidataClasses.isState(e)
                    && !WikidataClasses.isNeverAnActor(e);
        };
    }

    private static boolean namedAs(LinkQuery query, WikidataEntity e) {
        for (String name : query.names()) {
            String key = NameNormalizer.normalize(name);
            for (String known : e.names()) {
                if (NameNormalizer.normalize(known).equals(key)) return true;
            }
        }
        return false;
    }

    /** Empty when the candidate cannot be the person (not yet born on the article date). */
    private static Optional<Double> personPoints(LinkQuery query, WikidataEntity person,
                                                 Map<String, WikidataEntity> related, List<String> evidence) {
        LocalDate date = query.date();
        double points = 0;
        if (date != null && person.born() != null && person.born().isAfter(date)) return Optional.empty();
        if (date != null && person.died() != null && person.died().plusYears(1).isBefore(date)) {
            points += LONG_DEAD;
        }
        if (query.stateId() != null) {
            boolean citizen = person.citizenship().contains(query.stateId());
            boolean servesState = person.positions().stream()
                    .map(p -> related.get(p.positionId()))
                    .anyMatch(p -> p != null && p.countries().contains(query.stateId()));
            if (citizen) {
                points += STATE_MATCH;
                evidence.add("citizenship");
            }
            if (servesState) {
                points += POSITION_IN_STATE;
                evidence.add("position in state");
            }
            if (!citizen && !servesState && !person.citizenship().isEmpty()) points += STATE_MISMATCH;
        }
        if (query.position() != null && !query.position().isBlank()) {
            points += rolePoints(query, person, related, evidence);
        }
        return Optional.of(points);
    }

    private static double rolePoints(LinkQuery query, WikidataEntity person, Map<String, WikidataEntity> related,
                                     List<String> evidence) {
        boolean otherTime = false;
        for (HeldPosition held : person.positions()) {
            WikidataEntity position = related.get(held.positionId());
            if (position == null || !RoleMatcher.matches(query.position(), position.label())) continue;
            if (query.date() == null || held.heldOn(query.date())) {
                evidence.add("position " + position.label());
                return ROLE_AT_DATE;
            }
            otherTime = true;
        }
        return otherTime ? ROLE_OTHER_TIME : 0;
    }

    private static double organizationPoints(LinkQuery query, WikidataEntity organization,
                                             Map<String, WikidataEntity> related, List<String> evidence) {
        double points = 0;
        if (query.stateId() != null && !organization.countries().isEmpty()) {
            if (organization.countries().contains(query.stateId())) {
                points += STATE_MATCH;
                evidence.add("country");
            } else {
                points += STATE_MISMATCH;
            }
        }
        if (WikidataClasses.isOrganization(organization, related)) {
            points += ORGANIZATION_CLASS;
            evidence.add("organization class");
        } else {
            points += NOT_ORGANIZATION_CLASS;
        }
        return points;
    }
}
