package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.Modality;

/** Acts named as what is ended, cut or withdrawn: CAMEO's reductions (16); sentences written for the test. */
class ReductionCodesTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";

    @Test
    void eachFamilyIsReducedAsTheCodebookSays() {
        assertEquals(Optional.of("164"), ReductionCodes.reductionOf("040"));
        assertEquals(Optional.of("165"), ReductionCodes.reductionOf("045"));
        assertEquals(Optional.of("161"), ReductionCodes.reductionOf("051"));
        assertEquals(Optional.of("1622"), ReductionCodes.reductionOf("072"));
        assertEquals(Optional.of("166"), ReductionCodes.reductionOf("074"));
        assertEquals(Optional.empty(), ReductionCodes.reductionOf("190"));
    }

    @Test
    void aidHaltedIsReducedByWhoeverHaltsIt() {
        // the noun names no giver: the one who halts the aid gave it
        assertEquals("1622", EventFixture.extract("Kenya halted military aid to Somalia.").get("16", KENYA, SOMALIA).cameo());
        assertEquals("162", EventFixture.extract("Kenya suspended aid to Somalia.").get("16", KENYA, SOMALIA).cameo());
    }

    @Test
    void anAttackBroughtToAnEndIsTheAttackersOnlyWhereItSaysSo() {
        EventFixture.Result named = EventFixture.extract("Kenya suspended its attacks on Somalia.");
        named.get("19", KENYA, SOMALIA);
        EventFixture.Result unnamed = EventFixture.extract("Kenya's president is ready to halt the war in Somalia.");
        assertTrue(unnamed.ofRoot("19").isEmpty(), "who halts a war need not be who wages it: " + unnamed.events());
    }

    @Test
    void supportWithdrawnIsAReductionOfRelationsNotSupport() {
        EventFixture.Result r = EventFixture.extract("Kenya withdrew its support for Somalia.");
        assertEquals("161", r.get("16", KENYA, SOMALIA).cameo());
        assertTrue(r.ofRoot("05").isEmpty(), r.events().toString());
    }

    @Test
    void aThreatToWithdrawSupportIsAThreatAndTheWithdrawalOnlyThreatened() {
        EventFixture.Result r = EventFixture.extract("Kenya threatened to withdraw its support for Somalia.");
        r.get("13", KENYA, SOMALIA);
        Event withdrawal = r.get("16", KENYA, SOMALIA);
        assertEquals(Modality.HYPOTHETICAL, withdrawal.modality());
        assertTrue(r.ofRoot("05").isEmpty(), r.events().toString());
    }
}
