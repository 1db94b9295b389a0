package org.newsgraph.tools.gazetteer;

import java.util.List;

/**
 * One row of Our World in Data's countries-regions table.
 *
 * @param iso3          ISO alpha-3 code
 * @param wikidataId    Wikidata id ("Q884"), or null when the row has none
 * @param name          OWID's name
 * @param wikidataLabel Wikidata's English label
 * @param aliases       OWID's alias list
 */
record OwidCountry(String iso3, String wikidataId, String name, String wikidataLabel, List<String> aliases) {
    OwidCountry {
        aliases = List.copyOf(aliases);
    }
}
