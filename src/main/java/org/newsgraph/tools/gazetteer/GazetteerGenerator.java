package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.ArmedGroupEntry;
import org.newsgraph.lexicon.GazetteerData;
import org.newsgraph.lexicon.GazetteerFiles;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.Office;
import org.newsgraph.lexicon.OrganizationEntry;
import org.newsgraph.lexicon.PartyEntry;
import org.newsgraph.lexicon.PersonEntry;
import org.newsgraph.lexicon.StateBody;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.lexicon.StatePlace;

/**
 * Generates the gazetteer files (states.tsv, persons.tsv, offices.tsv, organizations.tsv, parties.tsv,
 * armed-groups.tsv, state-places.tsv, state-bodies.tsv, and the NER mapping ner-misc-names.tab) from the public sources and the hand-made inputs that live in the output folder
 * (extra-aliases.tsv, extra-states.tsv, state-id-equivalents.tsv, organizations-curated.tsv,
 * party-aliases.tsv, armed-groups-added.tsv). Output is sorted, so running
 * it again over the same inputs gives identical files.
 */
public final class GazetteerGenerator {
    /** ISO alpha-3 codes of states whose leaders' names are written family name first. */
    static final Set<String> FAMILY_NAME_FIRST_ISO3 = Set.of("CHN", "TWN", "KOR", "PRK", "SGP");
    /** ISO 639-3 codes of the languages (Spanish, Portuguese) whose speakers carry two family names. */
    static final Set<String> TWO_FAMILY_NAME_LANGUAGES = Set.of("spa", "por");

    private GazetteerGenerator() {
    }

    /** Generates, reporting problems in the data on standard error. */
    public static void generate(Path sourcesDir, Path outDir) throws IOException {
        generate(sourcesDir, outDir, message -> System.err.println("gazetteer: " + message));
    }

    /**
     * Generates, reporting each problem in the data (ambiguous names left out, rows without a Wikidata id,
     * missing hand-made inputs) to {@code warn}.
     *
     * @throws java.nio.file.NoSuchFileException when a source file is missing
     * @throws IllegalArgumentException          when a hand-made input is malformed (the message names the line)
     */
    public static void generate(Path sourcesDir, Path outDir, Consumer<String> warn) throws IOException {
        CuratedInputs curated = CuratedInputs.read(outDir, warn);
        List<CountryRecord> countries = MledozeCountries.read(SourceFiles.require(sourcesDir, SourceFiles.MLEDOZE_COUNTRIES));
        Map<String, OwidCountry> owid = OwidCountries.readByIso3(SourceFiles.require(sourcesDir, SourceFiles.OWID_COUNTRIES));
        List<LeaderRow> leaders = WorldLeaders.read(SourceFiles.require(sourcesDir, SourceFiles.WORLD_LEADERS));

        List<OrganizationEntry> organizations = new OrganizationAssembler(warn).assemble(curated.organizations(),
                SupranationalBodies.read(outDir, warn));
        List<StateEntry> states = new StateAssembler(warn).assemble(countries, owid, curated, nameKeys(organizations));
        Set<String> twoFamilyNamesIso3 = countries.stream()
                .filter(c -> c.languages().stream().anyMatch(TWO_FAMILY_NAME_LANGUAGES::contains))
                .map(CountryRecord::iso3).collect(Collectors.toSet());
        NamingCustoms customs = new NamingCustoms(stateIds(states, FAMILY_NAME_FIRST_ISO3),
                stateIds(states, twoFamilyNamesIso3));
        PersonAssembler personAssembler = new PersonAssembler(warn);
        List<OfficeRow> offices = new ArrayList<>(personAssembler.fromLeaders(leaders));
        // A head-of-state or -government position keeps the role word the leaders source gives it
        // ("Premier of the State Council" is a "premier", as news write it).
        Map<String, String> leaderRoles = offices.stream().filter(o -> o.positionId() != null)
                .collect(Collectors.toMap(OfficeRow::positionId, OfficeRow::role, (a, b) -> a));
        OfficeHolders.read(SourceFiles.require(sourcesDir, SourceFiles.OFFICE_HOLDERS), warn).stream()
                .map(o -> o.positionId() != null && leaderRoles.containsKey(o.positionId())
                        ? o.withRole(leaderRoles.get(o.positionId())) : o)
                .forEach(offices::add);
        offices.addAll(CongressLegislators.read(SourceFiles.require(sourcesDir, SourceFiles.CONGRESS_LEGISLATORS), warn));
        // the places only tell regional legislatures from national ones here; the places written out
        // below also leave out the names of persons
        List<StatePlace> legislaturePlaces = StatePlaces.read(sourcesDir, states, nameKeys(organizations), message -> { });
        Set<String> officeHolders = offices.stream().map(OfficeRow::personId).collect(Collectors.toSet());
        offices.addAll(NationalLegislators.select(OfficeHolders.read(SourceFiles.require(sourcesDir,
                SourceFiles.OFFICE_HOLDERS_AND_LEGISLATORS), NationalLegislators.KIND, warn),
                states, legislaturePlaces, offices, warn));
        List<PersonEntry> persons = NationalLegislators.withoutSurnames(
                personAssembler.assembleOffices(offices, curated.stateEquivalents(), customs), officeHolders);
        reportUnknownStates(states, persons, organizations, warn);
        List<PartyEntry> parties = PoliticalParties.read(outDir, states, warn);
        List<ArmedGroupEntry> armedGroups = ArmedGroups.read(sourcesDir, outDir, states, parties, warn);
        Set<String> otherNames = new HashSet<>(nameKeys(organizations));
        persons.forEach(p -> p.names().forEach(n -> otherNames.add(NameNormalizer.normalize(n))));
        List<StatePlace> places = StatePlaces.read(sourcesDir, states, otherNames, warn);
        List<StateBody> stateBodies = StateBodies.read(sourcesDir, states, organizations);
        GazetteerFiles.write(outDir, new GazetteerData(states, persons, organizations, parties, armedGroups, places,
                stateBodies));
        NerNameMapping.write(outDir.resolve(NerNameMapping.FILE), states, parties);
    }

    /** The ids of the states with these ISO alpha-3 codes. */
    private static Set<String> stateIds(List<StateEntry> states, Set<String> iso3) {
        return states.stream().filter(s -> s.iso3() != null && iso3.contains(s.iso3()))
                .map(StateEntry::id).collect(Collectors.toSet());
    }

    private static Set<String> nameKeys(List<OrganizationEntry> organizations) {
        Set<String> keys = new HashSet<>();
        for (OrganizationEntry o : organizations) {
            keys.add(NameNormalizer.normalize(o.label()));
            o.aliases().forEach(a -> keys.add(NameNormalizer.normalize(a)));
        }
        return keys;
    }

    // Offices of unrecognised polities (Abkhazia, Transnistria) are kept, but worth knowing about.
    private static void reportUnknownStates(List<StateEntry> states, List<PersonEntry> persons,
                                            List<OrganizationEntry> organizations, Consumer<String> warn) {
        Set<String> known = states.stream().map(StateEntry::id).collect(Collectors.toSet());
        Map<String, Long> unknown = persons.stream().flatMap(p -> p.offices().stream())
                .filter(o -> !known.contains(o.stateId()))
                .collect(Collectors.groupingBy(Office::stateId, TreeMap::new, Collectors.counting()));
        unknown.forEach((state, count) -> warn.accept(count + " offices of " + state
                + " belong to no state of the gazetteer: kept"));
        organizations.stream().filter(o -> o.stateId() != null && !known.contains(o.stateId()))
                .forEach(o -> warn.accept("organization " + o.id() + " is part of " + o.stateId()
                        + ", which is no state of the gazetteer"));
    }
}
