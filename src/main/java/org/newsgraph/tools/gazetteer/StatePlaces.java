package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.lexicon.StatePlace;

/**
 * Reads the cities and regions of Phoenix's country dictionary (PETRARCH-2's Phoenix.Countries.actors.txt,
 * MIT; built from CountryInfo.txt): each country entry lists, among the spellings of its name, the
 * cities and regions news name for it ("+KHARKIV_", "+ALEPPO_", "+CRIMEA_"), which event coders read as
 * the state when they are acted on ("shelled Kharkiv" is an act against Ukraine). An entry is a country's
 * when its current code is a bare ISO alpha-3 code ("[UKR >911221]", "[SYR]"); its aliases become places
 * of that state, except the names, demonyms and capitals states already have, what also names an
 * organization or a person of the gazetteer, codes written in capitals, and names two states claim.
 */
final class StatePlaces {
    static final String PHOENIX_FILE = "petrarch2/Phoenix.Countries.actors.txt";
    private static final int ISO3 = 3;

    private StatePlaces() {
    }

    /**
     * The places, sorted by name.
     *
     * @param otherNames normalized names of organizations and persons, which a place name must not be
     */
    static List<StatePlace> read(Path sourcesDir, List<StateEntry> states, Set<String> otherNames, Consumer<String> warn)
            throws IOException {
        List<String> lines = Files.readAllLines(SourceFiles.require(sourcesDir, PHOENIX_FILE), StandardCharsets.UTF_8);
        Map<String, String> stateByIso3 = StateKeys.idByIso3(states);
        Set<String> stateWords = StateKeys.words(states, StateEntry::names, StateEntry::demonyms, StateEntry::capitals);
        Map<String, String> nameByKey = new LinkedHashMap<>();
        Map<String, Set<String>> statesByKey = new HashMap<>();
        for (Country country : parse(lines)) {
            String state = stateByIso3.get(country.iso3);
            if (state == null) continue;
            for (String alias : country.aliases) {
                String name = ArmedGroups.display(alias);
                String key = NameNormalizer.normalize(name);
                if (key.isEmpty() || ArmedGroups.isCode(name) || stateWords.contains(key) || otherNames.contains(key)) continue;
                nameByKey.putIfAbsent(key, name);
                statesByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(state);
            }
        }
        List<StatePlace> places = new ArrayList<>();
        statesByKey.forEach((key, claimants) -> {
            if (claimants.size() == 1) {
                places.add(new StatePlace(nameByKey.get(key), claimants.iterator().next()));
            } else {
                warn.accept("place '" + nameByKey.get(key) + "' left out: Phoenix lists it under " + claimants);
            }
        });
        places.sort(Comparator.comparing(StatePlace::name, DisplayOrder.COMPARATOR).thenComparing(StatePlace::stateId));
        return places;
    }

    /** A country entry of the dictionary: its current ISO code and its aliases as written. */
    record Country(String iso3, List<String> aliases) {
    }

    /** The entries whose current code is a bare country code ("[SYR]", "[UKR >911221]"), in file order. */
    static List<Country> parse(List<String> lines) {
        List<Country> countries = new ArrayList<>();
        for (PhoenixEntries.Entry entry : PhoenixEntries.parse(lines)) {
            String current = null;
            for (PhoenixEntries.Code code : entry.codes()) {
                boolean stillValid = !code.dated() || code.date().startsWith(">");
                if (code.code().length() == ISO3 && stillValid) current = code.code();
            }
            if (current != null) countries.add(new Country(current, entry.aliases()));
        }
        return countries;
    }
}
