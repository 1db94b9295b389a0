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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.lexicon.StatePlace;
import org.newsgraph.tools.cameo.AgentDictionaryParser;
import org.newsgraph.tools.cameo.AgentEntry;

/**
 * Reads the cities and regions of Phoenix's country dictionary (PETRARCH-2's Phoenix.Countries.actors.txt,
 * MIT; built from CountryInfo.txt): each country entry lists, among the spellings of its name, the
 * cities and regions news name for it ("+KHARKIV_", "+ALEPPO_", "+CRIMEA_"), which event coders read as
 * the state when they are acted on ("shelled Kharkiv" is an act against Ukraine). An entry is a country's
 * when its current code is a bare ISO alpha-3 code ("[UKR >911221]", "[SYR]"); its aliases become places
 * of that state, except the names, demonyms and capitals states already have, what also names an
 * organization or a person of the gazetteer, codes written in capitals, and names two states claim.
 * A territory is coded with its state's code and a code of its own ("GAZA_ [PSEGZA]", "GUAM_
 * [USAGUM]"), as event coders read it: its name and aliases are places of that state too. Such a
 * second code is told from a sector's ("[PSEGOV]", a Palestinian official) by the sector codes of
 * Phoenix's agent dictionary.
 */
final class StatePlaces {
    static final String PHOENIX_FILE = "petrarch2/Phoenix.Countries.actors.txt";
    static final String AGENTS_FILE = "petrarch2/Phoenix.agents.txt";
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
        Set<String> sectors = sectors(Files.readAllLines(SourceFiles.require(sourcesDir, AGENTS_FILE), StandardCharsets.UTF_8));
        Map<String, String> stateByIso3 = StateKeys.idByIso3(states);
        Set<String> stateWords = StateKeys.words(states, StateEntry::names, StateEntry::demonyms, StateEntry::capitals);
        Map<String, String> nameByKey = new LinkedHashMap<>();
        Map<String, Set<String>> statesByKey = new HashMap<>();
        for (Country country : parse(lines, sectors)) {
            String state = stateByIso3.get(country.iso3);
            if (state == null) continue;
            for (String alias : country.aliases) {
                String name = placeName(alias);
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

    /**
     * A place as written in news: "GAZA_", "HOMS_" are names, not codes, though as short as the
     * acronyms ("PKK") the armed groups' display keeps in capitals; three letters ("BIH", "FRD") are
     * the country codes Phoenix lists among the aliases, and a name with a digit is a code too.
     */
    static String placeName(String alias) {
        String name = ArmedGroups.display(alias);
        if (!ArmedGroups.isCode(name) || !name.matches("\\p{Lu}{4,}")) return name;
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The sector codes of Phoenix's agent dictionary ("[~GOV]", "[~MIL]"): GOV, MIL, REB, …. */
    static Set<String> sectors(List<String> agentLines) {
        return AgentDictionaryParser.parse(agentLines).stream().map(AgentEntry::sector).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The entries whose current code is a bare country code ("[SYR]", "[UKR >911221]"), or a country
     * code and a territory's ("[PSEGZA]": not a sector code), in file order; a territory's own name
     * is one of its aliases.
     */
    static List<Country> parse(List<String> lines, Set<String> sectors) {
        List<Country> countries = new ArrayList<>();
        for (PhoenixEntries.Entry entry : PhoenixEntries.parse(lines)) {
            String current = null;
            boolean territory = false;
            for (PhoenixEntries.Code code : entry.codes()) {
                boolean stillValid = !code.dated() || code.date().startsWith(">");
                if (!stillValid) continue;
                String c = code.code();
                if (c.length() == ISO3) {
                    current = c;
                    territory = false;
                } else if (c.length() == 2 * ISO3 && !code.dated() && !sectors.contains(c.substring(ISO3))) {
                    current = c.substring(0, ISO3);
                    territory = true;
                }
            }
            if (current == null) continue;
            List<String> aliases = new ArrayList<>(entry.aliases());
            if (territory) aliases.add(0, entry.name());
            countries.add(new Country(current, aliases));
        }
        return countries;
    }
}
