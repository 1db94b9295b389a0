package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.PartyEntry;
import org.newsgraph.lexicon.TsvTable;
import org.newsgraph.lexicon.StateEntry;

/**
 * Reads Party Facts' table of political parties with Wikidata ids (hdigital/partyfactsdata,
 * import/wikipedia/wikidata.csv, MIT): about 4,200 parties of every country, current and historical,
 * with their English name, short name and country. Each becomes a party of the states with those ISO
 * alpha-3 codes (a few are listed under two: the Kuomintang under China and Taiwan). Names are not unique across countries ("Democratic Party" is a party of a dozen), and
 * that is kept: the linker picks among them by the states an article names.
 */
final class PoliticalParties {
    /** The file, in the gazetteer folder beside the hand-made inputs. */
    static final String FILE = "partyfacts-wikidata.csv";
    /** Hand-made names the source lacks or gives to another party ("GOP", "Tories"). */
    static final String ALIASES = "party-aliases.tsv";
    /**
     * A short name is an alias only when it is an acronym ("KMT", "AfD", "M5S"): the column also holds
     * abbreviations of a few letters that name too many other things ("D", "PD", "Con", "Lab") and
     * several alternatives run together with slashes ("GOP/Grand/Old/Party").
     */
    private static final Pattern ACRONYM = Pattern.compile("(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9]{2,5}");
    /**
     * "Republican Party": news name a party by its members as often as by its name ("Republicans
     * blocked the bill", "the Conservatives", "Democrats"), the plural of the word before "Party" when
     * that word says what its members believe. Of the words in "-an" only "-arian" and "-ican" do:
     * the others name peoples, regions and faiths ("German", "European", "Christian"), and a plural of
     * those is a people, not a party.
     */
    private static final Pattern MEMBERS_WORD = Pattern.compile("([A-Z][a-z]+(?:arian|ican|ive|al|ist))|([A-Z][a-z]+at)ic");

    private PoliticalParties() {
    }

    /** The parties of known states, one entry per Wikidata id; none, with a warning, when the file is missing. */
    static List<PartyEntry> read(Path dir, List<StateEntry> states, Consumer<String> warn) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            warn.accept("political parties " + file + " not found: generating without them");
            return List.of();
        }
        Map<String, String> stateByIso3 = StateKeys.idByIso3(states);
        // "Dominican Party": a state's demonym is no belief; its plural names the state's people
        Set<String> stateWords = StateKeys.words(states, StateEntry::names, StateEntry::demonyms);
        Map<String, Party> byId = new LinkedHashMap<>();
        Set<String> unknownCountries = new TreeSet<>();
        int leftOut = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord row : parser) {
                String id = row.get("wikidata_id").strip();
                String name = row.get("name").strip();
                String state = stateByIso3.get(row.get("country").strip());
                if (!WikidataIds.isItem(id) || name.isEmpty() || state == null) {
                    if (state == null) unknownCountries.add(row.get("country").strip());
                    leftOut++;
                    continue;
                }
                Party party = byId.computeIfAbsent(id, k -> new Party(id, name));
                party.states.add(state);
                party.names.add(name);
                membersName(name).filter(n -> !stateWords.contains(NameNormalizer.normalize(n.substring(0, n.length() - 1))))
                        .ifPresent(party.names::add);
                String shortName = row.get("name_short").strip();
                if (ACRONYM.matcher(shortName).matches()) party.names.add(shortName);
            }
        }
        if (leftOut > 0) {
            warn.accept(leftOut + " parties of " + FILE + " left out: no Wikidata id, or of a territory that is no"
                    + " state of the gazetteer (" + String.join(", ", unknownCountries) + ")");
        }
        addCuratedAliases(dir, byId, warn);
        List<PartyEntry> parties = new ArrayList<>();
        for (Party p : byId.values()) {
            // a party known only by a name that means another party in news today ("Tories")
            if (p.labelTaken) {
                warn.accept("party " + p.id + " '" + p.label + "' left out: " + ALIASES + " gives its name to another party");
                continue;
            }
            Set<String> aliases = new TreeSet<>(DisplayOrder.COMPARATOR);
            p.names.stream().filter(n -> !n.equals(p.label)).forEach(aliases::add);
            parties.add(new PartyEntry(p.id, p.label, List.copyOf(aliases), List.copyOf(new TreeSet<>(p.states))));
        }
        parties.sort(Comparator.comparing(PartyEntry::label, DisplayOrder.COMPARATOR).thenComparing(PartyEntry::id));
        return parties;
    }

    /** Adds each hand-made name to its party and takes it from the other parties of that party's states. */
    private static void addCuratedAliases(Path dir, Map<String, Party> byId, Consumer<String> warn) throws IOException {
        for (TsvTable.Row row : CuratedInputs.rows(dir, ALIASES, List.of("wikidata", "alias"), warn)) {
            Party party = byId.get(row.get("wikidata"));
            if (party == null) {
                throw new IllegalArgumentException(row.origin() + ": " + row.get("wikidata") + " is no party of " + FILE);
            }
            String alias = row.get("alias");
            String key = NameNormalizer.normalize(alias);
            for (Party other : byId.values()) {
                if (other != party && other.states.stream().anyMatch(party.states::contains)) {
                    other.names.removeIf(n -> NameNormalizer.normalize(n).equals(key));
                    if (NameNormalizer.normalize(other.label).equals(key)) other.labelTaken = true;
                }
            }
            party.names.add(alias);
        }
    }

    /** "Republicans" for "Republican Party", "Democrats" for "Democratic Party"; empty for other names. */
    static Optional<String> membersName(String partyName) {
        String[] words = partyName.split(" ");
        if (words.length != 2 || !words[1].equals("Party")) return Optional.empty();
        Matcher m = MEMBERS_WORD.matcher(words[0]);
        if (!m.matches()) return Optional.empty();
        return Optional.of((m.group(1) != null ? m.group(1) : m.group(2)) + "s");
    }

    private static final class Party {
        final String id;
        final String label;
        final Set<String> states = new LinkedHashSet<>();
        final Set<String> names = new LinkedHashSet<>();
        boolean labelTaken;

        Party(String id, String label) {
            this.id = Objects.requireNonNull(id);
            this.label = label;
        }
    }
}
