package org.newsgraph.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.OrganizationEntry;
import org.newsgraph.lexicon.OrganizationType;
import org.newsgraph.lexicon.StateBody;
import org.newsgraph.lexicon.StateEntry;

/** The names of states' own bodies read from a Phoenix country dictionary written here. */
class StateBodiesTest {
    private static final List<StateEntry> STATES = List.of(
            new StateEntry("Q9000001", "FRD", "Freedonia", null, List.of("Freedonia"), List.of("Freedonian"), List.of("Port Marx")),
            new StateEntry("Q9000002", "SYL", "Sylvania", null, List.of("Sylvania"), List.of("Sylvanian"), List.of()));

    private static final List<String> DICTIONARY = List.of(
            "# Freedonian federal agencies",
            "FREEDONIAN_DEPARTMENT_OF_HARBOURS_",
            "+BUREAU_OF_DUCK_STATISTICS_",
            "+FREEDONIA_COAST_WATCH_SERVICE",
            "+SENATE_",
            "+HARBOUR_SECRETARY_",
            "+DOH",
            "\t[FRDGOV]",
            "",
            "GRAND_ASSEMBLY",
            "+DIETHOUSE",
            "\t[FRDGOVLEG]",
            "",
            "LEGISLATORIUM",
            "\t[FRDGOVLEG]",
            "",
            "FIREFLY_REGIME_",
            "+FIREFLY",
            "\t[FRDGOV]",
            "",
            "RUFUS_T_FIREFLY_",
            "\t[FRDELI 330101-331231]",
            "",
            "HARBOR_TOWN_",
            "\t[FRD]",
            "",
            "NATIONAL_POLICE_AGENCY_",
            "\t[FRDCOP]",
            "",
            "NATIONAL_POLICE_AGENCY_",
            "\t[SYLCOP]",
            "",
            "SYLVANIAN_NAVY_",
            "+ROYAL_SYLVANIAN_NAVY_",
            "+GRAND_FLEET_COMMAND",
            "\t[SYLMIL]",
            "",
            "TRENTINO_WATCH_COMMITTEE",
            "\t[SYLGOV]");

    private static Map<String, String> bodies(List<OrganizationEntry> organizations) {
        return StateBodies.select(PhoenixEntries.parse(DICTIONARY), STATES, organizations).stream()
                .collect(Collectors.toMap(StateBody::name, StateBody::stateId));
    }

    @Test
    void bodiesCodedForAStatesGovernmentLegislatureOrForcesArePartOfIt() {
        Map<String, String> bodies = bodies(List.of());
        assertEquals("Q9000001", bodies.get("Department of Harbours"));
        assertEquals("Q9000001", bodies.get("Freedonian Department of Harbours"));
        assertEquals("Q9000001", bodies.get("Department of Harbours"));
        assertEquals("Q9000002", bodies.get("Royal Sylvanian Navy"));
        assertEquals("Q9000001", bodies.get("Bureau of Duck Statistics"));
        // the name without the state's opening it, where it is a body of something; a generic rest is any state's
        assertEquals("Q9000001", bodies.get("Freedonia Coast Watch Service"));
        assertFalse(bodies.containsKey("Coast Watch Service"), bodies.toString());
        assertEquals("Q9000001", bodies.get("Grand Assembly"));
        assertEquals("Q9000002", bodies.get("Grand Fleet Command"));
        assertEquals("Q9000002", bodies.get("Trentino Watch Committee"));
        assertEquals("Q9000001", bodies.get("Firefly Regime"));
        // an entry's own one word is a body: a parliament's name
        assertEquals("Q9000001", bodies.get("Legislatorium"));
    }

    @Test
    void postsPeoplePlacesAndBareOrgansAreNoBodies() {
        Map<String, String> bodies = bodies(List.of());
        // a post, an organ every state has, an acronym, a person's name under a regime, a person, a place
        for (String none : List.of("Harbour Secretary", "Senate", "DOH", "Firefly", "Rufus T Firefly", "Harbor Town")) {
            assertFalse(bodies.containsKey(none), none + " in " + bodies);
        }
        // a one-word alias under an entry of several words
        assertFalse(bodies.containsKey("Diethouse"), bodies.toString());
    }

    @Test
    void aNameOfTwoStatesOrOfAKnownOrganizationIsLeftOut() {
        assertFalse(bodies(List.of()).containsKey("National Police Agency"));
        OrganizationEntry known = new OrganizationEntry("Q9000100", "Sylvanian Navy", List.of("Royal Sylvanian Navy"),
                OrganizationType.MILITARY, "Q9000002");
        Map<String, String> bodies = bodies(List.of(known));
        assertTrue(!bodies.containsKey("Sylvanian Navy") && !bodies.containsKey("Royal Sylvanian Navy"), bodies.toString());
        assertEquals("Q9000002", bodies.get("Grand Fleet Command"));
    }
}
