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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** A code with an optional date or open date range: "[UKR]", "[UKR >911221]", "[USRUKR <910824]". */
    private static final Pattern CODE = Pattern.compile("\\[([A-Z]{3}[A-Z]*)(\\s+([<>]?)[0-9-]+)?\\s*\\]");
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

    /** The entries whose current code is a bare country code, in file order. */
    static List<Country> parse(List<String> lines) {
        List<Country> countries = new ArrayList<>();
        List<String> aliases = null;
        String current = null;
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = hash < 0 ? raw : raw.substring(0, hash);
            if (line.isBlank()) {
                // a blank line ends an entry; a comment line inside one does not
                if (raw.isBlank() && aliases != null) {
                    if (current != null) countries.add(new Country(current, List.copyOf(aliases)));
                    aliases = null;
                    current = null;
                }
                continue;
            }
            Matcher code = CODE.matcher(line);
            String name = (code.find() ? line.substring(0, code.start()) : line).strip();
            boolean codeLine = Character.isWhitespace(raw.charAt(0)) && name.isEmpty();
            if (!codeLine && !name.startsWith("+")) {
                if (aliases != null && current != null) countries.add(new Country(current, List.copyOf(aliases)));
                aliases = new ArrayList<>();
                current = null;
            }
            if (aliases == null) continue;
            if (name.startsWith("+")) {
                aliases.add(name.substring(1));
                continue;
            }
            code.reset();
            while (code.find()) {
                boolean bare = code.group(1).length() == ISO3;
                boolean stillValid = code.group(2) == null || ">".equals(code.group(3));
                if (bare && stillValid) current = code.group(1);
            }
        }
        if (aliases != null && current != null) countries.add(new Country(current, List.copyOf(aliases)));
        return countries;
    }
}
