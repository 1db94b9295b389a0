package org.newsgraph.tools.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.PersonEntry;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.lexicon.StatePlace;

/**
 * The members of national legislatures among the legislators of office-holders-and-legislators.tsv.gz
 * (EveryPolitician's Wikidata query results): members of Congress who left before the current
 * Congress ("Kevin McCarthy", "Liz Cheney", "Matt Gaetz"), of the House of Commons, the Duma, the
 * Knesset.
 * <ul>
 * <li>National only: a seat in a legislature whose name holds a place of a state other than by that
 * state's own names ("member of the Alaska House of Representatives", "Member of the Queensland
 * Legislative Assembly", "state deputy of Rio de Janeiro"; not "Member of the New Zealand
 * Parliament") is regional and left out, as are legislatures of no state of the gazetteer (the
 * Scottish Parliament, the Council of Europe's assembly). Regional seats are held by thousands whose
 * names are also those of singers, athletes and judges in the news.</li>
 * <li>A legislator whose name is already the name of another office holder is left out: the office
 * holders (heads of state and government, ministers, spokespeople) are who news mostly names, and a
 * namesake would make their name ambiguous.</li>
 * <li>The role is "senator", "representative" or, for every other chamber, "member of parliament".</li>
 * <li>They are found by full name only, not by family name alone ({@link #withoutSurnames}).</li>
 * </ul>
 * The resolver links a legislator, who never led a state, by full name only in an article that names a
 * state the legislator served, or with a title of the office (ActorResolver).
 */
final class NationalLegislators {
    static final String KIND = "legislators";
    private static final int LONGEST_PLACE_WORDS = 5;
    /**
     * Words of the chambers of regions, provinces and states of a federation, whose place names the
     * gazetteer may not know or leaves out as homonyms ("Regional Council of Grand Est", "Georgia State
     * Senate", "Landtag of Vorarlberg", "Provincial Assembly of the Punjab").
     */
    private static final java.util.regex.Pattern REGIONAL = java.util.regex.Pattern.compile(
            "(?i)\\b(regional|region|provincial|province|prefectural|landtag|municipal|county|city council"
                    + "|house of delegates|state (senate|senator|assembly|legislat\\w*|house|representative|deputy))\\b");

    private NationalLegislators() {
    }

    /**
     * @param rows       the legislators' rows
     * @param officeRows the rows of the other office sources, whose holders' names legislators may not take
     */
    static List<OfficeRow> select(List<OfficeRow> rows, List<StateEntry> states, List<StatePlace> places,
                                  List<OfficeRow> officeRows, Consumer<String> warn) {
        Map<String, StateEntry> stateById = states.stream()
                .collect(Collectors.toMap(StateEntry::id, s -> s, (a, b) -> a));
        Set<String> placeNames = places.stream().map(StatePlace::name).collect(Collectors.toCollection(HashSet::new));
        // a capital's assembly is a city's or a region's ("Member of the Assembly of Madrid")
        states.forEach(s -> placeNames.addAll(s.capitals()));
        Map<String, Set<String>> holdersByName = new HashMap<>();
        for (OfficeRow o : officeRows) {
            names(o).forEach(n -> holdersByName.computeIfAbsent(n, k -> new HashSet<>()).add(o.personId()));
        }
        Map<String, Boolean> regionalByLabel = new HashMap<>();
        Map<String, Integer> regionalSeats = new TreeMap<>();
        Set<String> namesakes = new HashSet<>();
        List<OfficeRow> kept = new ArrayList<>();
        for (OfficeRow row : rows) {
            StateEntry state = stateById.get(row.stateId());
            if (state == null) continue;
            // the state's own names are taken out of the label before places are looked for, so the answer is the state's
            boolean regional = regionalByLabel.computeIfAbsent(state.id() + "\t" + row.positionLabel(),
                    key -> REGIONAL.matcher(row.positionLabel()).find()
                            || namesPlace(withoutStateNames(row.positionLabel(), state), placeNames));
            if (regional) {
                regionalSeats.merge(row.positionLabel(), 1, Integer::sum);
                continue;
            }
            boolean namesake = names(row).anyMatch(n -> holdersByName.getOrDefault(n, Set.of()).stream()
                    .anyMatch(id -> !id.equals(row.personId())));
            if (namesake) {
                namesakes.add(row.personId());
                continue;
            }
            kept.add(row.withRole(role(row.positionLabel())));
        }
        warn.accept(regionalSeats.values().stream().mapToInt(Integer::intValue).sum() + " seats in "
                + regionalSeats.size() + " regional legislatures left out");
        warn.accept(namesakes.size() + " legislators named like another office holder left out");
        return kept;
    }

    /**
     * The persons with no family name to be found by where they are legislators only: news name a
     * legislator in full before the family name alone, and thousands of them share family names with
     * the ministers and spokespeople a bare family name mostly means ("Erdogan", "Lavrov"). The
     * office holders of the other sources keep theirs (a member of the current Congress, "Pelosi").
     */
    static List<PersonEntry> withoutSurnames(List<PersonEntry> persons, Set<String> officeHolders) {
        return persons.stream().map(p -> officeHolders.contains(p.id()) ? p
                : new PersonEntry(p.id(), p.label(), p.names(), List.of(), p.offices())).toList();
    }

    /** A chamber's members are written "Sen." or "Rep." in American news, "MP" elsewhere. */
    static String role(String positionLabel) {
        String label = positionLabel.toLowerCase(Locale.ROOT);
        if (label.contains("senat")) return "senator";
        if (label.contains("representative")) return "representative";
        return "member of parliament";
    }

    private static Stream<String> names(OfficeRow row) {
        return Stream.concat(Stream.of(row.personLabel()), row.otherNames().stream()).map(NameNormalizer::normalize);
    }

    /** The label with the state's names and demonyms taken out: "Member of the New Zealand Parliament" names no place of New Zealand. */
    private static String withoutStateNames(String label, StateEntry state) {
        String result = label;
        List<String> own = new ArrayList<>(state.names());
        own.addAll(state.demonyms());
        own.sort((a, b) -> b.length() - a.length());
        for (String name : own) {
            if (!name.isBlank()) result = result.replace(name, " ");
        }
        return result;
    }

    /** Whether a run of up to five words of the label is a place name as the gazetteer writes it. */
    private static boolean namesPlace(String label, Set<String> placeNames) {
        String[] words = label.split("[\\s,()]+");
        for (int i = 0; i < words.length; i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + LONGEST_PLACE_WORDS); j++) {
                if (j > i) run.append(' ');
                run.append(words[j]);
                if (placeNames.contains(run.toString())) return true;
            }
        }
        return false;
    }
}
