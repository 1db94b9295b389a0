package org.newsgraph.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Names of states that are also the names of another state's regions: "Georgia", the country and a
 * state of the United States. Read from the gazetteer's own offices: a "Governor of Georgia" holding
 * office for the United States makes "Georgia" one of its regions, and the country of that name a
 * homonym. In news from the United States the region is meant far more often (1,718 sentences of the
 * corpus name "Georgia"; 4 of them with Tbilisi, the Caucasus or a Georgian).
 */
public final class RegionHomonyms {
    private static final List<String> REGION_OFFICES = List.of("Governor of ", "Lieutenant Governor of ");

    /** The state each homonym names, by normalised name. */
    private final Map<String, String> stateByName;

    private RegionHomonyms(Map<String, String> stateByName) {
        this.stateByName = Map.copyOf(stateByName);
    }

    static RegionHomonyms of(List<PersonEntry> persons, Function<String, Optional<StateEntry>> stateNamed) {
        Map<String, String> homonyms = new HashMap<>();
        for (PersonEntry person : persons) {
            for (Office office : person.offices()) {
                if (office.positionLabel() == null) continue;
                for (String head : REGION_OFFICES) {
                    if (!office.positionLabel().startsWith(head)) continue;
                    String region = office.positionLabel().substring(head.length());
                    stateNamed.apply(region).filter(state -> !state.id().equals(office.stateId()))
                            .ifPresent(state -> homonyms.put(NameNormalizer.normalize(region), state.id()));
                }
            }
        }
        return new RegionHomonyms(homonyms);
    }

    /** The state a name would stand for if it were not also a region's name ("Georgia": Q230). */
    public Optional<String> stateNamed(String name) {
        return Optional.ofNullable(stateByName.get(NameNormalizer.normalize(name)));
    }
}
