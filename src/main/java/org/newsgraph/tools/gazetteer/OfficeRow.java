package org.newsgraph.tools.gazetteer;

import java.util.List;

/**
 * One office held by one person, as any of the office sources gives it (world leaders, office-holders,
 * Congress), before the rows of a person are merged into a gazetteer entry.
 *
 * @param personId      Wikidata id of the holder
 * @param personLabel   the holder's name as the source gives it
 * @param otherNames    further names the source gives (English Wikipedia title, nickname forms)
 * @param stateId       Wikidata id of the state the office belongs to
 * @param positionId    Wikidata id of the position, or null when the source has none
 * @param positionLabel the position's full label ("President of Russia", "United States senator")
 * @param role          the role word (see {@link org.newsgraph.lexicon.RoleWords})
 * @param start         first day ("2008-05-07") or year ("2008") in office, or null
 * @param end           last day or year in office, or null while in office
 */
record OfficeRow(String personId, String personLabel, List<String> otherNames, String stateId, String positionId,
                 String positionLabel, String role, String start, String end) {
    OfficeRow {
        otherNames = List.copyOf(otherNames);
    }

    /** The same row with another role word. */
    OfficeRow withRole(String newRole) {
        return new OfficeRow(personId, personLabel, otherNames, stateId, positionId, positionLabel, newRole, start, end);
    }
}
