package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The offline gazetteer: sovereign states, heads of state and government, and major organizations,
 * each with its Wikidata id, looked up by name. Names are compared through {@link NameNormalizer}
 * (case, diacritics, hyphens, periods and a leading "the" do not matter). States, persons and
 * organizations live in separate indexes, so a person never comes back for a state's name or the
 * other way round. A name that two entries of one kind share resolves to neither (an empty result),
 * because it says nothing certain about either.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Gazetteer {
    /** Classpath folder the build packages data/gazetteer into. */
    public static final String RESOURCE_FOLDER = "gazetteer/";
    /** Folder read when the files are not on the classpath, relative to the working directory. */
    public static final Path DEFAULT_DIRECTORY = Path.of("data", "gazetteer");

    private final GazetteerData data;
    private final NameIndex<StateEntry> statesByName;
    private final NameIndex<StateEntry> statesByDemonym;
    private final NameIndex<StateEntry> statesByCapital;
    private final NameIndex<StatePlace> places;
    private final NameIndex<StateBody> stateBodies;
    private final Map<String, StateEntry> statesById;
    private final NameIndex<PersonEntry> personsByName;
    private final NameIndex<PersonEntry> personsBySurname;
    private final Map<String, PersonEntry> personsById;
    /** Office holders by the state of any of their offices: a title is looked up among one state's holders. */
    private final Map<String, List<PersonEntry>> personsByOfficeState;
    private final NameIndex<OrganizationEntry> organizationsByName;
    private final Map<String, OrganizationEntry> organizationsById;
    private final NameIndex<PartyEntry> partiesByName;
    private final NameIndex<ArmedGroupEntry> armedGroupsByName;
    private final RegionHomonyms regionHomonyms;

    private Gazetteer(GazetteerData data) {
        this.data = data;
        statesByName = NameIndex.of(data.states(), StateEntry::names);
        statesByDemonym = NameIndex.of(data.states(), StateEntry::demonyms);
        statesByCapital = NameIndex.of(data.states(), StateEntry::capitals);
        places = NameIndex.of(data.places(), p -> List.of(p.name()));
        stateBodies = NameIndex.of(data.stateBodies(), b -> List.of(b.name()));
        statesById = byId(data.states(), StateEntry::id);
        personsByName = NameIndex.of(data.persons(), PersonEntry::names);
        personsBySurname = NameIndex.of(data.persons(), PersonEntry::surnames);
        personsById = byId(data.persons(), PersonEntry::id);
        personsByOfficeState = byOfficeState(data.persons());
        organizationsByName = NameIndex.of(data.organizations(), o -> withLabel(o.label(), o.aliases()));
        organizationsById = byId(data.organizations(), OrganizationEntry::id);
        partiesByName = NameIndex.of(data.parties(), o -> withLabel(o.label(), o.aliases()));
        armedGroupsByName = NameIndex.of(data.armedGroups(), g -> withLabel(g.label(), g.aliases()));
        regionHomonyms = RegionHomonyms.of(data.persons(), this::state);
    }

    private static List<String> withLabel(String label, List<String> aliases) {
        List<String> names = new ArrayList<>(aliases);
        names.add(label);
        return names;
    }

    private static Map<String, List<PersonEntry>> byOfficeState(List<PersonEntry> persons) {
        Map<String, List<PersonEntry>> byState = new HashMap<>();
        for (PersonEntry person : persons) {
            person.offices().stream().map(Office::stateId).distinct()
                    .forEach(state -> byState.computeIfAbsent(state, k -> new ArrayList<>()).add(person));
        }
        return byState;
    }

    private static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
        return entries.stream().collect(Collectors.toUnmodifiableMap(id, e -> e, (first, second) -> first));
    }

    /**
     * Loads the gazetteer packaged on the classpath under "gazetteer/", or else from ./data/gazetteer.
     *
     * @throws IllegalStateException when neither holds the files
     */
    public static Gazetteer load() {
        ClassLoader loader = Gazetteer.class.getClassLoader();
        if (loader.getResource(RESOURCE_FOLDER + GazetteerFiles.STATES) != null) {
            return read(name -> {
                InputStream in = loader.getResourceAsStream(RESOURCE_FOLDER + name);
                if (in == null) throw new FileNotFoundException("classpath resource " + RESOURCE_FOLDER + name);
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            }, "classpath " + RESOURCE_FOLDER);
        }
        if (Files.isRegularFile(DEFAULT_DIRECTORY.resolve(GazetteerFiles.STATES))) return load(DEFAULT_DIRECTORY);
        throw new IllegalStateException("No gazetteer found: neither the classpath folder " + RESOURCE_FOLDER
                + " nor " + DEFAULT_DIRECTORY.toAbsolutePath() + " holds " + GazetteerFiles.STATES
                + ". Run from the project directory or regenerate it with the 'gazetteer' command.");
    }

    /**
     * Loads the gazetteer files from a directory.
     *
     * @throws UncheckedIOException     when a file is missing or unreadable
     * @throws IllegalArgumentException when a file is malformed
     */
    public static Gazetteer load(Path dir) {
        return read(name -> Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8), dir.toString());
    }

    /** A gazetteer over entries already in memory (tests, tools). */
    public static Gazetteer of(GazetteerData data) {
        return new Gazetteer(data);
    }

    private static Gazetteer read(GazetteerFiles.Opener opener, String where) {
        try {
            return new Gazetteer(GazetteerFiles.read(opener));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gazetteer from " + where + ": " + e
                    + ". Regenerate it with the 'gazetteer' command.", e);
        }
    }

    /** A state by any of its names or aliases: "the United States", "U.S.", "DPRK". */
    public Optional<StateEntry> state(String name) {
        return single(statesByName.all(name));
    }

    /** A state by the word for its people: "Russian", "South Korean", "Ukrainians". */
    public Optional<StateEntry> stateByDemonym(String word) {
        return single(statesByDemonym.all(word));
    }

    /** A state by its capital or seat of government, as news uses them: "Seoul", "Washington", "Kiev". */
    public Optional<StateEntry> stateByCapital(String city) {
        return single(statesByCapital.all(city));
    }

    /** The state of a city or region as event coders read it when it is acted on: "Kharkiv", "Aleppo". */
    public Optional<StateEntry> stateByPlace(String place) {
        return single(places.all(place)).flatMap(p -> stateById(p.stateId()));
    }

    /**
     * The state whose own body bears this name: "Department of Homeland Security", "Knesset". Empty
     * where no state's or several states' bodies do.
     */
    public Optional<StateEntry> stateOfBody(String name) {
        List<String> states = stateBodies.all(name).stream().map(StateBody::stateId).distinct().toList();
        return states.size() == 1 ? stateById(states.get(0)) : Optional.empty();
    }

    /** A state by Wikidata id ("Q884"); empty for null, the state of an international organization. */
    public Optional<StateEntry> stateById(String qid) {
        return qid == null ? Optional.empty() : Optional.ofNullable(statesById.get(qid));
    }

    /** Persons with this full name or name variant ("Kim Jong Un", "Zelensky"... as full names). */
    public List<PersonEntry> persons(String name) {
        return personsByName.all(name);
    }

    /** Persons with this family name; for Chinese and Korean names that is the first token ("Xi", "Kim"). */
    public List<PersonEntry> personsBySurname(String surname) {
        return personsBySurname.all(surname);
    }

    /** A person by Wikidata id. */
    public Optional<PersonEntry> personById(String qid) {
        return Optional.ofNullable(personsById.get(qid));
    }

    /**
     * Who held a role for a state at a date, most plausible first. Terms are known to the year only: every
     * holder whose office covers the date's year is returned; when the office changed hands during that
     * year the change is assumed to fall on 1 July, so before it the outgoing holder comes first and from
     * it on the incoming one. Holders equally plausible keep the order of their Wikidata ids.
     *
     * @param stateQid Wikidata id of the state
     * @param role     a role word as news uses it ("president", "prime minister", "premier", "king",
     *                 "queen", "emir"); synonyms are matched through {@link RoleWords#sameRole}; null
     *                 or blank for any role
     * @param date     the date of interest
     */
    public List<PersonEntry> officeholders(String stateQid, String role, LocalDate date) {
        record Candidate(PersonEntry person, long daysOutside) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (PersonEntry person : personsByOfficeState.getOrDefault(stateQid, List.of())) {
            person.offices().stream()
                    .filter(o -> o.stateId().equals(stateQid) && o.heldIn(date.getYear()))
                    .filter(o -> role == null || role.isBlank() || RoleWords.sameRole(role, o.role()))
                    .mapToLong(o -> OfficeTermPlausibility.daysOutside(o, date))
                    .min()
                    .ifPresent(days -> candidates.add(new Candidate(person, days)));
        }
        return candidates.stream()
                .sorted(Comparator.comparingLong(Candidate::daysOutside)
                        .thenComparing(c -> c.person().id(), Gazetteer::compareQids))
                .map(Candidate::person)
                .toList();
    }

    /** An organization by label or alias: "NATO", "the Kremlin", "Pentagon", "Brussels" (the EU). */
    public Optional<OrganizationEntry> organization(String name) {
        return single(organizationsByName.all(name));
    }

    /**
     * The political party of one of these states with this name or acronym: "Conservative Party" in
     * an article that names the United Kingdom (and no other state with a party of that name).
     * Party names repeat across states and a party is rarely named with its state, so the states an
     * article names choose; empty when none of them, or more than one, has a party of that name.
     */
    public Optional<PartyEntry> party(String name, Collection<String> stateIds) {
        return single(partiesByName.all(name).stream()
                .filter(p -> p.stateIds().stream().anyMatch(stateIds::contains)).toList());
    }

    /** An armed group that is no state's force, by name or alias: "Taliban", "Boko Haram", "FARC". */
    public Optional<ArmedGroupEntry> armedGroup(String name) {
        return single(armedGroupsByName.all(name));
    }

    /** An organization by Wikidata id. */
    public Optional<OrganizationEntry> organizationById(String qid) {
        return Optional.ofNullable(organizationsById.get(qid));
    }

    /** Names of states that also name another state's region ("Georgia"). */
    public RegionHomonyms regionHomonyms() {
        return regionHomonyms;
    }

    /** All states, in file order. */
    public List<StateEntry> states() {
        return data.states();
    }

    /** All persons, in file order. */
    public List<PersonEntry> persons() {
        return data.persons();
    }

    /** All organizations, in file order. */
    public List<OrganizationEntry> organizations() {
        return data.organizations();
    }

    /** All political parties, in file order. */
    public List<PartyEntry> parties() {
        return data.parties();
    }

    /** All armed groups, in file order. */
    public List<ArmedGroupEntry> armedGroups() {
        return data.armedGroups();
    }

    // A name shared by two entries says nothing certain about either.
    private static <T> Optional<T> single(List<T> matches) {
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static int compareQids(String a, String b) {
        int byLength = Integer.compare(a.length(), b.length());
        return byLength != 0 ? byLength : a.compareTo(b);
    }
}
