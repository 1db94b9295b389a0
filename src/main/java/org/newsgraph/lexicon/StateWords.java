package org.newsgraph.lexicon;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads state references out of short phrases: a state's name, a demonym or a capital
 * ("Russia", "Russian", "South Korean", "Seoul", "Russia's").
 */
public final class StateWords {
    private static final Pattern TRAILING_OF = Pattern.compile("^(.*\\S)\\s+of\\s+(?:the\\s+)?(\\S.*)$");
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
        return leading(title, this::state);
    }

    /**
     * A name led by an organization of one state: "White House National Security Council" → the United
     * States and "National Security Council"; "Kremlin administration" → Russia and "administration".
     */
    public Optional<Split> leadingOrganizationState(String name) {
        return leading(name, head -> gazetteer.organization(stripPossessive(head))
                .filter(o -> o.stateId() != null && !o.stateId().isBlank())
                .flatMap(o -> gazetteer.stateById(o.stateId())));
    }

    /**
     * A leading city or region of one state in a title: "Kentucky governor" → the United States and
     * "governor"; "Houston Mayor" → "Mayor". Capitalised only: a title's own words are not places.
     */
    public Optional<Split> leadingPlace(String title) {
        return leading(title, head -> Character.isUpperCase(head.charAt(0))
                ? gazetteer.stateByPlace(stripPossessive(head)) : Optional.empty());
    }

    /** The longest run of up to three first words (leaving at least one) that the lookup reads as a state. */
    private static Optional<Split> leading(String text, Function<String, Optional<StateEntry>> lookup) {
        if (text == null) return Optional.empty();
        String[] words = text.strip().split("\\s+");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            Optional<StateEntry> state = lookup.apply(head);
            if (state.isPresent()) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
                return Optional.of(new Split(state.get(), head, rest));
            }
        }
        return Optional.empty();
    }

    /** A body named with its state after "of": "Security Council of Russia" → Russia and "Security Council". */
    public Optional<Split> trailingState(String name) {
        if (name == null) return Optional.empty();
        Matcher m = TRAILING_OF.matcher(name.strip());
        if (!m.matches()) return Optional.empty();
        return gazetteer.state(m.group(2)).map(state -> new Split(state, m.group(2), m.group(1)));
    }

    static String stripPossessive(String text) {
        return text.replaceAll("\\s*['’]s?$", "").strip();
    }

    /** A title cut into its state words and the rest. */
    public record Split(StateEntry state, String stateWords, String rest) {
    }
}
