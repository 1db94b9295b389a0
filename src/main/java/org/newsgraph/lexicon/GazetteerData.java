package org.newsgraph.lexicon;

import java.util.List;

/**
 * Everything the gazetteer files hold, as plain records.
 *
 * @param parties political parties, apart from the organizations because their names repeat across
 *                states and are read only with a state the text names
 * @param armedGroups armed groups that are no state's force (rebels, militias)
 * @param places      cities and regions read as their state when acted on ("shelled Kharkiv")
 * @param stateBodies names of states' own bodies with their state ("Department of Homeland Security")
 */
public record GazetteerData(List<StateEntry> states, List<PersonEntry> persons,
                            List<OrganizationEntry> organizations, List<PartyEntry> parties,
                            List<ArmedGroupEntry> armedGroups, List<StatePlace> places, List<StateBody> stateBodies) {
    public GazetteerData {
        states = List.copyOf(states);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        parties = List.copyOf(parties);
        armedGroups = List.copyOf(armedGroups);
        places = List.copyOf(places);
        stateBodies = List.copyOf(stateBodies);
    }

    /** Without states' bodies. */
    public GazetteerData(List<StateEntry> states, List<PersonEntry> persons, List<OrganizationEntry> organizations,
                         List<PartyEntry> parties, List<ArmedGroupEntry> armedGroups, List<StatePlace> places) {
        this(states, persons, organizations, parties, armedGroups, places, List.of());
    }

    /** Without places. */
    public GazetteerData(List<StateEntry> states, List<PersonEntry> persons, List<OrganizationEntry> organizations,
                         List<PartyEntry> parties, List<ArmedGroupEntry> armedGroups) {
        this(states, persons, organizations, parties, armedGroups, List.of());
    }

    /** Without armed groups. */
    public GazetteerData(List<StateEntry> states, List<PersonEntry> persons, List<OrganizationEntry> organizations,
                         List<PartyEntry> parties) {
        this(states, persons, organizations, parties, List.of());
    }

    /** Without parties. */
    public GazetteerData(List<StateEntry> states, List<PersonEntry> persons, List<OrganizationEntry> organizations) {
        this(states, persons, organizations, List.of());
    }
}
