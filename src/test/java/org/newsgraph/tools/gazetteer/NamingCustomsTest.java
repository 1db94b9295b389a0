package org.newsgraph.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamingCustomsTest {
    private final NamingCustoms customs = new NamingCustoms(Set.of("Q148"), Set.of("Q739", "Q155"));

    @Test
    void theStatesOfAPersonsOfficesGiveTheOrderOfTheName() {
        assertEquals(NameOrder.TWO_FAMILY_NAMES, customs.orderOf(List.of("Q739")));
        assertEquals(NameOrder.GIVEN_FIRST, customs.orderOf(List.of("Q30")));
        assertEquals(NameOrder.FAMILY_FIRST, customs.orderOf(List.of("Q739", "Q148")), "family name first wins");
        assertEquals(NameOrder.GIVEN_FIRST, customs.orderOf(List.of()));
    }
}
