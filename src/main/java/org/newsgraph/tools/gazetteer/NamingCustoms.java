package org.newsgraph.tools.gazetteer;

import java.util.Collection;
import java.util.Set;

/**
 * The order of names by state: states whose leaders' names are written family name first, and states
 * whose people carry two family names (Spanish or Portuguese among their languages, by the countries
 * source). A person with offices of several states takes the most particular order among them.
 */
record NamingCustoms(Set<String> familyNameFirstStateIds, Set<String> twoFamilyNameStateIds) {
    NamingCustoms {
        familyNameFirstStateIds = Set.copyOf(familyNameFirstStateIds);
        twoFamilyNameStateIds = Set.copyOf(twoFamilyNameStateIds);
    }

    NameOrder orderOf(Collection<String> stateIds) {
        if (stateIds.stream().anyMatch(familyNameFirstStateIds::contains)) return NameOrder.FAMILY_FIRST;
        if (stateIds.stream().anyMatch(twoFamilyNameStateIds::contains)) return NameOrder.TWO_FAMILY_NAMES;
        return NameOrder.GIVEN_FIRST;
    }
}
