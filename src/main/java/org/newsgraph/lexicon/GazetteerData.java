package org.newsgraph.lexicon;

import java.util.List;

/** Everything the gazetteer files hold, as plain records. */
public record GazetteerData(List<StateEntry> states, List<PersonEntry> persons,
                            List<OrganizationEntry> organizations) {
    public GazetteerData {
        states = List.copyOf(states);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
    }
}
