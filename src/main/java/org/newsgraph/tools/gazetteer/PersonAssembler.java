package org.newsgraph.tools.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.lexicon.Office;
import org.newsgraph.lexicon.PersonEntry;
import org.newsgraph.lexicon.RoleWords;

/**
 * Builds the person entries from the leaders rows: one entry per officeholder with all their offices,
 * state ids mapped through the hand-made equivalents, role words from the position labels, and name
 * variants from {@link PersonNameVariants}.
 */
final class PersonAssembler {
    private static final Comparator<Office> OFFICE_ORDER = Comparator
            .comparing(Office::startYear, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Office::stateId)
            .thenComparing(Office::positionId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Consumer<String> warn;

    PersonAssembler(Consumer<String> warn) {
        this.warn = warn;
    }

    /**
     * @param rows                     the leaders rows
     * @param stateEquivalents         source state id → gazetteer state id
     * @param customs                  the order of names by state
     */
    List<PersonEntry> assemble(List<LeaderRow> rows, Map<String, String> stateEquivalents, NamingCustoms customs) {
        return assembleOffices(fromLeaders(rows), stateEquivalents, customs);
    }

    /** The leaders rows as office rows; a row whose holder has no name is reported and left out. */
    List<OfficeRow> fromLeaders(List<LeaderRow> rows) {
        List<OfficeRow> offices = new ArrayList<>();
        for (LeaderRow row : rows) {
            if (WikidataIds.isItem(row.personLabel()) || row.personLabel().isBlank()) {
                warn.accept("officeholder " + row.personId() + " (" + row.positionLabel() + ") has no name in the "
                        + "leaders source: left out");
                continue;
            }
            offices.add(new OfficeRow(row.personId(), row.personLabel(), List.of(), row.stateId(), row.positionId(),
                    row.positionLabel(), RoleWords.fromPositionLabel(row.positionLabel()),
                    row.startYear() == null ? null : row.startYear().toString(),
                    row.endYear() == null ? null : row.endYear().toString()));
        }
        return offices;
    }

    /**
     * One entry per office holder with the offices of every source; the first row of a person gives the
     * label. The same office from two sources (same state, position and first year) is kept once, with
     * days rather than years where one source has them.
     */
    List<PersonEntry> assembleOffices(List<OfficeRow> rows, Map<String, String> stateEquivalents, NamingCustoms customs) {
        Map<String, List<OfficeRow>> byPerson = new LinkedHashMap<>();
        for (OfficeRow row : rows) byPerson.computeIfAbsent(row.personId(), k -> new ArrayList<>()).add(row);
        List<PersonEntry> persons = new ArrayList<>();
        for (List<OfficeRow> personRows : byPerson.values()) {
            Map<String, Office> unique = new LinkedHashMap<>();
            for (OfficeRow row : personRows) {
                Office office = office(row, stateEquivalents);
                String key = office.stateId() + "|" + (office.positionId() != null ? office.positionId()
                        : office.positionLabel()) + "|" + office.startYear();
                unique.merge(key, office, (a, b) -> a.startDate() == null && b.startDate() != null ? b : a);
            }
            List<Office> offices = unique.values().stream().sorted(OFFICE_ORDER).toList();
            NameOrder order = customs.orderOf(offices.stream().map(Office::stateId).toList());
            OfficeRow first = personRows.get(0);
            Set<String> names = new LinkedHashSet<>();
            Set<String> surnames = new LinkedHashSet<>();
            Set<String> written = new LinkedHashSet<>(List.of(first.personLabel()));
            personRows.forEach(r -> written.addAll(r.otherNames()));
            for (String name : written) {
                PersonNameVariants.Variants variants = PersonNameVariants.of(name, order);
                names.addAll(variants.names());
                surnames.addAll(variants.surnames());
            }
            persons.add(new PersonEntry(first.personId(), first.personLabel(), List.copyOf(names),
                    List.copyOf(surnames), offices));
        }
        persons.sort(Comparator.comparing(PersonEntry::label, DisplayOrder.COMPARATOR).thenComparing(PersonEntry::id));
        return persons;
    }

    private static Office office(OfficeRow row, Map<String, String> stateEquivalents) {
        return new Office(stateEquivalents.getOrDefault(row.stateId(), row.stateId()), row.positionId(),
                row.positionLabel(), row.role(), year(row.start()), year(row.end()), day(row.start()), day(row.end()));
    }

    private static Integer year(String date) {
        return date == null ? null : Integer.valueOf(date.substring(0, 4));
    }

    private static LocalDate day(String date) {
        return date == null || date.length() < 10 ? null : LocalDate.parse(date);
    }
}
