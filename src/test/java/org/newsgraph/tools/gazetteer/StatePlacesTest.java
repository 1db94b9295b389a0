package org.newsgraph.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.lexicon.StatePlace;

class StatePlacesTest {
    private static final List<StateEntry> STATES = List.of(
            new StateEntry("Q9000001", "FRD", "Freedonia", null, List.of("Freedonia"), List.of("Freedonian"), List.of("Port Marx")),
            new StateEntry("Q9000002", "SYL", "Sylvania", null, List.of("Sylvania"), List.of("Sylvanian"), List.of()),
            new StateEntry("Q9000003", "ZZZ", "Zedland", null, List.of("Zedland"), List.of(), List.of()));

    @Test
    void aCountrysCitiesAndRegionsArePlacesOfItsState() throws Exception {
        List<String> warnings = new ArrayList<>();
        Map<String, String> places = read(Set.of(), warnings);
        assertEquals("Q9000001", places.get("Harbor Town"));
        assertEquals("Q9000001", places.get("Groucho Province"));
        // the country's code is read where it stands, after a code of the past
        assertEquals("Q9000002", places.get("Trentino Valley"));
        // names, demonyms and capitals states have, and codes, are no places of their own
        assertTrue(!places.containsKey("Freedonian") && !places.containsKey("Port Marx") && !places.containsKey("FRD"), places.toString());
        // a person's aliases, an entry of the past and a place two states claim are left out
        assertTrue(!places.containsKey("Harbor City Mayor") && !places.containsKey("Old Zed Town"), places.toString());
        assertTrue(!places.containsKey("Borderville") && warnings.stream().anyMatch(w -> w.contains("Borderville")), warnings.toString());
    }

    /**
     * "GAZA_ [PSEGZA]": a territory coded with its state's code and its own is a place of that state,
     * its name too; a sector's code ("[FRDGOV]", an official) makes no place. A short name ("ZOOM_")
     * is a name, not an acronym.
     */
    @Test
    void aTerritoryAndAShortNameArePlacesOfTheirState() throws Exception {
        Map<String, String> places = read(Set.of(), new ArrayList<>());
        assertEquals("Q9000001", places.get("Duck Isle"));
        assertEquals("Q9000001", places.get("Duck Harbour"));
        assertTrue(!places.containsKey("Chicolini") && !places.containsKey("Chico the Minister"), places.toString());
        assertEquals("Q9000002", places.get("Zoom City"));
        assertEquals("Zoom", StatePlaces.placeName("ZOOM_"));
        assertEquals("PKK2", StatePlaces.placeName("PKK2"));
        assertEquals("FRD", StatePlaces.placeName("FRD"));
        assertTrue(!places.containsKey("Frd"), places.toString());
    }

    @Test
    void aPlaceNamedLikeAnOrganizationOrAPersonIsLeftOut() throws Exception {
        assertTrue(!read(Set.of("harbor town"), new ArrayList<>()).containsKey("Harbor Town"));
    }

    private static Map<String, String> read(Set<String> otherNames, List<String> warnings) throws Exception {
        Path sources = Fixtures.sources();
        assertTrue(Files.exists(sources.resolve(StatePlaces.PHOENIX_FILE)));
        return StatePlaces.read(sources, STATES, otherNames, warnings::add).stream()
                .collect(Collectors.toMap(StatePlace::name, StatePlace::stateId));
    }
}
