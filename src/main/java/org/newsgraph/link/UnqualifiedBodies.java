package org.newsgraph.link;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.NameSpans;
import org.newsgraph.lexicon.OrganizationEntry;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.lexicon.StateWords;

/**
 * The state of a body named without one ("the Senate", "the National Assembly", "the Department of
 * Homeland Security"): in an article about one state, that state's, as a reader takes it. The words of
 * the name may say otherwise: a state's word in it ("Royal Australian Air Force") gives that state, a
 * body the gazetteer knows ("CDC's Advisory Committee") the state of that body, and a body of no state
 * ("WHO's Emergency Committee", "International Olympic Committee", "United Nations Refugee Agency") or
 * one named for more than a state ("WWF European Policy Office") is nobody's. A region the article
 * names ("Georgia Senate" in Atlanta) is no state.
 */
final class UnqualifiedBodies {
    /** A state's or known body's name in a body's name is at most this many words ("United Nations"). */
    private static final int MAX_NAME_WORDS = 3;
    /** Words that name bodies above or across states. */
    private static final Set<String> ABOVE_STATES = Set.of("international", "european", "global", "world");

    private final Gazetteer gazetteer;
    private final StateWords stateWords;

    UnqualifiedBodies(Gazetteer gazetteer, StateWords stateWords) {
        this.gazetteer = gazetteer;
        this.stateWords = stateWords;
    }

    /** The state the body is part of, if its words or the article's dominant state say which. */
    Optional<StateEntry> stateOf(String name, Optional<StateEntry> dominantState, Set<String> regions) {
        for (String words : NameSpans.of(name, MAX_NAME_WORDS)) {
            String span = words.replaceAll("['\u2019]s$", "");
            if (ABOVE_STATES.contains(span.toLowerCase(Locale.ROOT)) || regions.contains(NameNormalizer.normalize(span))) {
                return Optional.empty();
            }
            Optional<StateEntry> state = stateWords.state(span);
            if (state.isPresent()) return state;
            Optional<OrganizationEntry> body = gazetteer.organization(span);
            if (body.isPresent()) {
                String stateId = body.get().stateId();
                return stateId == null || stateId.isBlank() ? Optional.empty() : gazetteer.stateById(stateId);
            }
        }
        return dominantState;
    }
}
