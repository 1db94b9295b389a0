package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.OrganizationEntry;
import org.newsgraph.lexicon.StateBody;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.nlp.WordList;

/**
 * Reads the names of states' own bodies from Phoenix's country dictionary (PETRARCH-2's
 * Phoenix.Countries.actors.txt, MIT): the entries coded for a state's government, legislature,
 * judiciary, military, police or intelligence ("USAGOVLEG", "RUSCOP", "ISRSPY") without a date
 * range, such as "United States Department of Homeland Security", "Federal Security Service",
 * "Knesset". Each name becomes a {@link StateBody} of that state, so that a body an article names
 * without its state is still part of it; a name that opens with its state's ("United States
 * Department of Homeland Security") is also kept without it, as news write it, where it is a
 * "body of something".
 *
 * <p>The dictionary also lists people and their posts under these codes ("US Secretary of Defense",
 * "White House spokesman", "Director of National Intelligence"); a name is kept only where an organ
 * of government heads it (its last word, or the word before "of": "Department of Justice", "Senate
 * Intelligence Committee"; the organ words of {@code extract/organization-heads.txt}) and another word
 * says which ("Senate" alone is any state's), or it is an entry's own one word that names no state,
 * people, capital or organ ("Knesset", "Bundestag"). A name listed for two states is left out, as is
 * a name the gazetteer's organizations already hold (those are linked).
 */
final class StateBodies {
    static final String PHOENIX_FILE = "petrarch2/Phoenix.Countries.actors.txt";
    /** A state's own sectors in CAMEO actor codes: government, legislature, judiciary, military, police, intelligence. */
    private static final Pattern STATE_SECTOR = Pattern.compile("^[A-Z]{3}(?:GOV|LEG|JUD|MIL|COP|SPY)");
    /** "FBI" and one-word names shorter than this are acronyms other things share ("DOJ", "ICE"). */
    private static final int MIN_ONE_WORD = 5;
    /** A state's name opening a body's is at most this many words ("United States"). */
    private static final int MAX_STATE_WORDS = 3;
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "for", "and", "on");

    private StateBodies() {
    }

    static List<StateBody> read(Path sourcesDir, List<StateEntry> states, List<OrganizationEntry> organizations)
                    throws IOException {
        List<String> lines = Files.readAllLines(SourceFiles.require(sourcesDir, PHOENIX_FILE), StandardCharsets.UTF_8);
        return select(PhoenixEntries.parse(lines), states, organizations);
    }

    static List<StateBody> select(List<PhoenixEntries.Entry> entries, List<StateEntry> states,
                                  List<OrganizationEntry> organizations) {
        Map<String, String> stateByIso3 = StateKeys.idByIso3(states);
        Set<String> stateWords = StateKeys.words(states, StateEntry::names, StateEntry::demonyms, StateEntry::capitals);
        Set<String> known = new HashSet<>();
        for (OrganizationEntry o : organizations) {
            known.add(NameNormalizer.normalize(o.label()));
            o.aliases().forEach(a -> known.add(NameNormalizer.normalize(a)));
        }
        WordList organs = WordList.load("extract/organization-heads.txt");
        Map<String, StateBody> byKey = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (PhoenixEntries.Entry entry : entries) {
            if (entry.name().endsWith("__") || entry.codes().isEmpty()
                    || entry.codes().stream().anyMatch(PhoenixEntries.Code::dated)) {
                continue;
            }
            String code = entry.codes().get(0).code();
            String state = stateByIso3.get(code.substring(0, 3));
            if (state == null || !STATE_SECTOR.matcher(code).find()) continue;
            List<String> written = new ArrayList<>(List.of(entry.name()));
            // one word under an entry of several is a person or a post as often as a body ("Assad"
            // under the Assad regime, "POTUS" under the president): only an entry's own one word is kept
            boolean oneWordEntry = !ArmedGroups.display(entry.name()).contains(" ");
            entry.aliases().stream().filter(a -> oneWordEntry || ArmedGroups.display(a).contains(" ")).forEach(written::add);
            List<String> names = new ArrayList<>();
            for (String w : written) {
                if (w.contains("+")) continue;
                String name = ArmedGroups.display(w);
                names.add(name);
                // "United States Department of Homeland Security" is written "Department of Homeland Security" too
                withoutLeadingState(name, stateWords).ifPresent(names::add);
            }
            for (String name : names) {
                String key = NameNormalizer.normalize(name);
                if (key.isEmpty() || known.contains(key) || stateWords.contains(key) || !namesABody(name, organs)) continue;
                StateBody other = byKey.putIfAbsent(key, new StateBody(name, state, code));
                if (other != null && !other.stateId().equals(state)) ambiguous.add(key);
            }
        }
        ambiguous.forEach(byKey::remove);
        List<StateBody> bodies = new ArrayList<>(byKey.values());
        bodies.sort(Comparator.comparing(StateBody::stateId).thenComparing(StateBody::name, DisplayOrder.COMPARATOR));
        return bodies;
    }

    /**
     * The name after the state's name or demonym it opens with ("United States Department of Justice"),
     * where what is left says which body it is by its own words ("Department of Justice"); "Supreme
     * Court", "National Army", "Security Agency" left without their state are any state's.
     */
    static Optional<String> withoutLeadingState(String name, Set<String> stateWords) {
        String[] words = name.split(" ");
        for (int n = Math.min(MAX_STATE_WORDS, words.length - 1); n >= 1; n--) {
            String lead = String.join(" ", Arrays.copyOfRange(words, 0, n));
            if (stateWords.contains(NameNormalizer.normalize(lead))) {
                List<String> rest = List.of(Arrays.copyOfRange(words, n, words.length));
                return rest.indexOf("of") > 0 ? Optional.of(String.join(" ", rest)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an organ of government heads the name and another word says which ("Senate Intelligence
     * Committee"; "Senate" alone is every state's), or it is one longer word naming no organ ("Knesset").
     */
    static boolean namesABody(String name, WordList organs) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        if (words.length == 1) return name.length() >= MIN_ONE_WORD && name.matches("\\p{L}+") && !organs.contains(words[0]);
        int of = List.of(words).indexOf("of");
        String head = of > 0 ? words[of - 1] : words[words.length - 1];
        boolean named = false;
        for (String word : words) named |= !organs.contains(word) && !FUNCTION_WORDS.contains(word);
        return organs.contains(head) && named;
    }
}
