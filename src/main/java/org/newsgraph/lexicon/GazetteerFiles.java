package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated gazetteer files (states.tsv, persons.tsv, offices.tsv, organizations.tsv, parties.tsv,
 * armed-groups.tsv, state-places.tsv, state-bodies.tsv): their
 * names, columns, and the mapping between their rows and the entry records. Reading and writing live
 * together so the generator and the loader cannot disagree on the format.
 */
public final class GazetteerFiles {
    public static final String STATES = "states.tsv";
    public static final String PERSONS = "persons.tsv";
    public static final String OFFICES = "offices.tsv";
    public static final String ORGANIZATIONS = "organizations.tsv";
    public static final String PARTIES = "parties.tsv";
    public static final String ARMED_GROUPS = "armed-groups.tsv";
    public static final String STATE_PLACES = "state-places.tsv";
    public static final String STATE_BODIES = "state-bodies.tsv";
    public static final List<String> ALL =
            List.of(STATES, PERSONS, OFFICES, ORGANIZATIONS, PARTIES, ARMED_GROUPS, STATE_PLACES, STATE_BODIES);

    private static final List<String> STATE_COLUMNS =
            List.of("wikidata", "iso3", "name", "official_name", "names", "demonyms", "capitals", "start_year", "end_year");
    private static final List<String> PERSON_COLUMNS = List.of("wikidata", "label", "names", "surnames");
    private static final List<String> OFFICE_COLUMNS =
            List.of("person", "state", "position", "position_label", "role", "start", "end");
    private static final List<String> ORGANIZATION_COLUMNS = List.of("wikidata", "label", "aliases", "type", "state");
    private static final List<String> PARTY_COLUMNS = List.of("wikidata", "label", "aliases", "states");
    private static final List<String> ARMED_GROUP_COLUMNS = List.of("wikidata", "label", "aliases", "state", "code");
    private static final List<String> STATE_PLACE_COLUMNS = List.of("place", "state");
    private static final List<String> STATE_BODY_COLUMNS = List.of("name", "state", "code");

    /** Opens one of the files by name, from a directory or the classpath. */
    @FunctionalInterface
    public interface Opener {
        BufferedReader open(String fileName) throws IOException;
    }

    private GazetteerFiles() {
    }

    /** Writes all files into a directory, in the order of the given lists. */
    public static void write(Path dir, GazetteerData data) throws IOException {
        TsvTable.write(dir.resolve(STATES), STATE_COLUMNS, data.states().stream().map(GazetteerFiles::stateRow).toList());
        TsvTable.write(dir.resolve(PERSONS), PERSON_COLUMNS, data.persons().stream().map(GazetteerFiles::personRow).toList());
        List<List<String>> offices = new ArrayList<>();
        for (PersonEntry person : data.persons()) {
            for (Office office : person.offices()) offices.add(officeRow(person.id(), office));
        }
        TsvTable.write(dir.resolve(OFFICES), OFFICE_COLUMNS, offices);
        TsvTable.write(dir.resolve(ORGANIZATIONS), ORGANIZATION_COLUMNS,
                data.organizations().stream().map(GazetteerFiles::organizationRow).toList());
        TsvTable.write(dir.resolve(PARTIES), PARTY_COLUMNS,
                data.parties().stream().map(GazetteerFiles::partyRow).toList());
        TsvTable.write(dir.resolve(ARMED_GROUPS), ARMED_GROUP_COLUMNS,
                data.armedGroups().stream().map(GazetteerFiles::armedGroupRow).toList());
        TsvTable.write(dir.resolve(STATE_PLACES), STATE_PLACE_COLUMNS,
                data.places().stream().map(p -> List.of(TsvTable.cell(p.name()), TsvTable.cell(p.stateId()))).toList());
        TsvTable.write(dir.resolve(STATE_BODIES), STATE_BODY_COLUMNS, data.stateBodies().stream()
                .map(b -> List.of(TsvTable.cell(b.name()), TsvTable.cell(b.stateId()), TsvTable.cell(b.code()))).toList());
    }

    /** Reads all files. */
    public static GazetteerData read(Opener opener) throws IOException {
        List<StateEntry> states = readTable(opener, STATES, STATE_COLUMNS).stream().map(GazetteerFiles::state).toList();
        Map<String, List<Office>> offices = new LinkedHashMap<>();
        // Tens of thousands of offices share a few thousand states, positions and roles: keep each text once.
        Map<String, String> shared = new HashMap<>();
        for (TsvTable.Row row : readTable(opener, OFFICES, OFFICE_COLUMNS)) {
            Office o = office(row);
            offices.computeIfAbsent(row.get("person"), k -> new ArrayList<>()).add(new Office(
                    once(shared, o.stateId()), once(shared, o.positionId()), once(shared, o.positionLabel()),
                    once(shared, o.role()), o.startYear(), o.endYear(), o.startDate(), o.endDate()));
        }
        List<PersonEntry> persons = readTable(opener, PERSONS, PERSON_COLUMNS).stream()
                .map(row -> person(row, offices.getOrDefault(row.get("wikidata"), List.of()))).toList();
        List<OrganizationEntry> organizations = readTable(opener, ORGANIZATIONS, ORGANIZATION_COLUMNS).stream()
                .map(GazetteerFiles::organization).toList();
        List<PartyEntry> parties = readTable(opener, PARTIES, PARTY_COLUMNS).stream()
                .map(GazetteerFiles::party).toList();
        List<ArmedGroupEntry> armedGroups = readTable(opener, ARMED_GROUPS, ARMED_GROUP_COLUMNS).stream()
                .map(GazetteerFiles::armedGroup).toList();
        List<StatePlace> places = readTable(opener, STATE_PLACES, STATE_PLACE_COLUMNS).stream()
                .map(row -> new StatePlace(row.get("place"), row.get("state"))).toList();
        List<StateBody> stateBodies = readTable(opener, STATE_BODIES, STATE_BODY_COLUMNS).stream()
                .map(row -> new StateBody(row.get("name"), row.get("state"), row.get("code"))).toList();
        return new GazetteerData(states, persons, organizations, parties, armedGroups, places, stateBodies);
    }

    private static String once(Map<String, String> shared, String text) {
        return text == null ? null : shared.computeIfAbsent(text, t -> t);
    }

    private static List<TsvTable.Row> readTable(Opener opener, String name, List<String> columns) throws IOException {
        try (BufferedReader reader = opener.open(name)) {
            return TsvTable.read(reader, name, columns);
        }
    }

    private static List<String> stateRow(StateEntry s) {
        return List.of(TsvTable.cell(s.id()), TsvTable.cell(s.iso3()), TsvTable.cell(s.name()),
                TsvTable.cell(s.officialName()), TsvTable.listCell(s.names()), TsvTable.listCell(s.demonyms()),
                TsvTable.listCell(s.capitals()), TsvTable.intCell(s.startYear()), TsvTable.intCell(s.endYear()));
    }

    private static StateEntry state(TsvTable.Row row) {
        return new StateEntry(row.get("wikidata"), row.getOrNull("iso3"), row.get("name"),
                row.getOrNull("official_name"), row.list("names"), row.list("demonyms"), row.list("capitals"),
                row.integer("start_year"), row.integer("end_year"));
    }

    private static List<String> personRow(PersonEntry p) {
        return List.of(TsvTable.cell(p.id()), TsvTable.cell(p.label()), TsvTable.listCell(p.names()),
                TsvTable.listCell(p.surnames()));
    }

    private static PersonEntry person(TsvTable.Row row, List<Office> offices) {
        return new PersonEntry(row.get("wikidata"), row.get("label"), row.list("names"), row.list("surnames"), offices);
    }

    private static List<String> officeRow(String personId, Office o) {
        return List.of(TsvTable.cell(personId), TsvTable.cell(o.stateId()), TsvTable.cell(o.positionId()),
                TsvTable.cell(o.positionLabel()), TsvTable.cell(o.role()), TsvTable.cell(o.startText()),
                TsvTable.cell(o.endText()));
    }

    private static Office office(TsvTable.Row row) {
        return new Office(row.get("state"), row.getOrNull("position"), row.getOrNull("position_label"),
                row.get("role"), year(row, "start"), year(row, "end"), day(row, "start"), day(row, "end"));
    }

    // Office dates are written as the day ("2008-05-07") where the source gives it, else as the year.
    private static Integer year(TsvTable.Row row, String column) {
        String value = row.getOrNull(column);
        if (value == null) return null;
        try {
            return Integer.valueOf(value.length() > 4 ? value.substring(0, 4) : value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(row.origin() + ": " + column + " is not a year or date: " + value, e);
        }
    }

    private static LocalDate day(TsvTable.Row row, String column) {
        String value = row.getOrNull(column);
        if (value == null || value.length() <= 4) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(row.origin() + ": " + column + " is not a date: " + value, e);
        }
    }

    private static List<String> organizationRow(OrganizationEntry o) {
        return List.of(TsvTable.cell(o.id()), TsvTable.cell(o.label()), TsvTable.listCell(o.aliases()),
                o.type().word(), TsvTable.cell(o.stateId()));
    }

    private static OrganizationEntry organization(TsvTable.Row row) {
        return new OrganizationEntry(row.get("wikidata"), row.get("label"), row.list("aliases"),
                OrganizationType.fromWord(row.get("type")), row.getOrNull("state"));
    }

    private static List<String> partyRow(PartyEntry p) {
        return List.of(TsvTable.cell(p.id()), TsvTable.cell(p.label()), TsvTable.listCell(p.aliases()),
                TsvTable.listCell(p.stateIds()));
    }

    private static PartyEntry party(TsvTable.Row row) {
        return new PartyEntry(row.get("wikidata"), row.get("label"), row.list("aliases"), row.list("states"));
    }

    private static List<String> armedGroupRow(ArmedGroupEntry g) {
        return List.of(TsvTable.cell(g.id()), TsvTable.cell(g.label()), TsvTable.listCell(g.aliases()),
                TsvTable.cell(g.stateId()), TsvTable.cell(g.code()));
    }

    private static ArmedGroupEntry armedGroup(TsvTable.Row row) {
        return new ArmedGroupEntry(row.getOrNull("wikidata"), row.get("label"), row.list("aliases"),
                row.getOrNull("state"), row.get("code"));
    }
}
