package org.newsgraph.lexicon;

import java.util.List;

/**
 * Everything the gazetteer files hold, as plain records.
 *
 * @param parties political parties, apart from the organizations because their names repeat across
 *                states and are read only with a state the text names
 */
public record GazetteerData(List<StateEntry> states, List<PersonEntry> persons,
                            List<OrganizationEntry> organizations, List<PartyEntry> parties) {
    public GazetteerData {
        states = List.copyOf(states);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        parties = List.copyOf(parties);
    }

    /** Without parties. */
    public GazetteerData(List<StateEntry> states, List<PersonEntry> persons, List<OrganizationEntry> organizations) {
        this(states, persons, organizations, List.of());
    }
}
