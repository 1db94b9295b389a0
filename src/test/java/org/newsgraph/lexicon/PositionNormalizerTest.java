package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionNormalizerTest {
    private static final StateEntry NORLAND = new StateEntry("Q1", "NRL", "Norland", "Republic of Norland",
            List.of("Norland", "Republic of Norland"), List.of("Norlandic"), List.of("Nordstad"));
    private static final OrganizationEntry PALACE = new OrganizationEntry("Q50", "Amber Palace", List.of("Palace"),
            OrganizationType.GOVERNMENT, "Q1");
    private final PositionNormalizer positions = new PositionNormalizer(Gazetteer.of(
            new GazetteerData(List.of(NORLAND), List.of(), List.of(PALACE), List.of(), List.of(),
                    List.of(new StatePlace("Eastmark", "Q1")))));

    private String role(String written) {
        return positions.role(written).orElse("");
    }

    @Test
    void theWordingsOfOneRoleForOneBodyMeet() {
        assertEquals("spokesperson", role("Amber Palace spokesman"));
        assertEquals("spokesperson", role("Palace spokesperson"));
        assertEquals("spokesperson", role("spokeswoman for the Amber Palace"));
        assertEquals("spokesperson", role("Norlandic spokesperson"));
    }

    @Test
    void ministersAndHeadsOfGovernmentInOneWording() {
        assertEquals("foreign minister", role("Norlandic Foreign Minister"));
        assertEquals("foreign minister", role("Minister of Foreign Affairs of Norland"));
        assertEquals("deputy defense minister", role("then-Deputy Defence Minister"));
        assertEquals("prime minister", role("Norland's Premier"));
    }

    @Test
    void formerIsKeptAndNothingLeftIsNoRole() {
        assertEquals("former president", role("former Norlandic President"));
        assertTrue(positions.role(" ").isEmpty());
    }

    @Test
    void abbreviatedTitlesAndTheirPlacesMeetTheWrittenOutOffice() {
        assertEquals("governor", role("Gov."));
        assertEquals("governor", role("Eastmark Gov."));
        assertEquals("governor", role("governor of Norland"));
        assertEquals("senator", role("Norlandic Sen."));
        assertEquals("lieutenant governor", role("Lt. Gov."));
        assertEquals("former representative", role("former Rep."));
    }
}
