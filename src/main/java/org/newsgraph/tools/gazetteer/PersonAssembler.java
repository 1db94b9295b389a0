package org.newsgraph.tools.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.Office;
import org.newsgraph.lexicon.PersonEntry;
import org.newsgraph.lexicon.RoleWords;

/**
 * Builds the person entries from the leaders rows: one entry per officeholder with all their offices,
 * state ids mapped through the hand-made equivalents, role words from the position labels, and name
 * variants from {@link PersonNameVariants}.
 */
final class PersonAssembler {
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");
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
     * @param familyNameFirstStateIds  states whose leaders' names are written family name first
     */
    List<PersonEntry> assemble(List<LeaderRow> rows, Map<String, String> stateEquivalents,
                               Set<String> familyNameFirstStateIds) {
        Map<String, List<LeaderRow>> byPerson = new LinkedHashMap<>();
        for (LeaderRow row : rows) {
            if (WIKIDATA_ID.matcher(row.personLabel()).matches() || row.personLabel().isBlank()) {
                warn.accept("officeholder " + row.personId() + " (" + row.positionLabel() + ") has no name in the "
                        + "leaders source: left out");
                continue;
            }
            byPerson.computeIfAbsent(row.personId(), k -> new ArrayList<>()).add(row);
        }
        List<PersonEntry> persons = new ArrayList<>();
        for (List<LeaderRow> personRows : byPerson.values()) {
            List<Office> offices = personRows.stream().map(r -> office(r, stateEquivalents)).distinct()
                    .sorted(OFFICE_ORDER).toList();
            boolean familyNameFirst = offices.stream().anyMatch(o -> familyNameFirstStateIds.contains(o.stateId()));
            LeaderRow first = personRows.get(0);
            PersonNameVariants.Variants variants = PersonNameVariants.of(first.personLabel(), familyNameFirst);
            persons.add(new PersonEntry(first.personId(), first.personLabel(), variants.names(), variants.surnames(), offices));
        }
        persons.sort(Comparator.comparing(PersonEntry::label, DisplayOrder.COMPARATOR).thenComparing(PersonEntry::id));
        return persons;
    }

    private static Office office(LeaderRow row, Map<String, String> stateEquivalents) {
        return new Office(stateEquivalents.getOrDefault(row.stateId(), row.stateId()), row.positionId(),
                row.positionLabel(), RoleWords.fromPositionLabel(row.positionLabel()), row.startYear(), row.endYear());
    }
}
