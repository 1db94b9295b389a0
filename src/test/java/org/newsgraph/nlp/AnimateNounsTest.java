package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnimateNounsTest {

    @Test
    void peopleAreAnimateDocumentsAreNot() {
        AnimateNouns animate = AnimateNouns.shared();
        assertTrue(animate.contains("spokesman"));
        assertTrue(animate.contains("Organizer"));
        assertFalse(animate.contains("report"));
        assertFalse(animate.contains("survey"));
        assertFalse(animate.contains(null));
    }

    @Test
    void lowerCaseEntriesLeaveOutWhatTheListHasOnlyAsANameEveryCaseKeepsIt() {
        AnimateNouns animate = AnimateNouns.shared();
        assertTrue(animate.isLowerCaseEntry("protester"));
        assertFalse(animate.isLowerCaseEntry("jets"), "only \"Jets\", a team, is on the list");
        assertTrue(animate.contains("jets"));
    }
}
