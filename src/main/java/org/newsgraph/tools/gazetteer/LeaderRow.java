package org.newsgraph.tools.gazetteer;

/**
 * One officeholder row of the world-leaders table.
 *
 * @param stateId       Wikidata id of the country
 * @param positionId    Wikidata id of the position
 * @param positionLabel label of the position
 * @param personId      Wikidata id of the officeholder
 * @param personLabel   label of the officeholder (the Wikidata id itself when Wikidata has no label)
 * @param startYear     first year, or null
 * @param endYear       last year, or null while in office
 */
record LeaderRow(String stateId, String positionId, String positionLabel, String personId, String personLabel,
                 Integer startYear, Integer endYear) {
}
