package org.newsgraph.lexicon;

import java.util.Optional;

/**
 * Reads state references out of short phrases: a state's name, a demonym or a capital
 * ("Russia", "Russian", "South Korean", "Seoul", "Russia's").
 */
public final class StateWords {
    private final Gazetteer gazetteer;

    public StateWords(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The state a whole phrase names, or that it qualifies by demonym or capital. */
    public Optional<StateEntry> state(String phrase) {
        if (phrase == null || phrase.isBlank()) return Optional.empty();
        String text = stripPossessive(phrase.strip());
        return gazetteer.state(text)
                .or(() -> gazetteer.stateByDemonym(text))
                .or(() -> gazetteer.stateByCapital(text));
    }

    /** A leading state word in a title: "South Korean President" → South Korea and "President". */
    public Optional<Split> leadingState(String title) {
        if (title == null) return Optional.empty();
        String[] words = title.strip().split("\\s+");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            Optional<StateEntry> state = state(head);
            if (state.isPresent()) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
                return Optional.of(new Split(state.get(), head, rest));
            }
        }
        return Optional.empty();
    }

    static String stripPossessive(String text) {
        return text.replaceAll("\\s*['’]s?$", "").strip();
    }

    /** A title cut into its state words and the rest. */
    public record Split(StateEntry state, String stateWords, String rest) {
    }
}
