package org.newsgraph.lexicon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleWordsTest {
    @Test
    void takesTheWordsBeforeOf() {
        assertEquals("president", RoleWords.fromPositionLabel("President of Narnia"));
        assertEquals("prime minister", RoleWords.fromPositionLabel("Prime minister of Narnia"));
        assertEquals("supreme leader", RoleWords.fromPositionLabel("Supreme Leader of Narnia"));
        assertEquals("emir", RoleWords.fromPositionLabel("emir of Narnia"));
        assertEquals("pope", RoleWords.fromPositionLabel("pope"));
    }

    @Test
    void dropsFederalAndKeepsHyphenatedTitles() {
        assertEquals("chancellor", RoleWords.fromPositionLabel("Federal Chancellor of Narnia"));
        assertEquals("governor-general", RoleWords.fromPositionLabel("Governor-General of Narnia"));
    }

    @Test
    void mapsNativeAndOddTitles() {
        assertEquals("prime minister", RoleWords.fromPositionLabel("Taoiseach"));
        assertEquals("premier", RoleWords.fromPositionLabel("President of the Executive Yuan"));
        assertEquals("king", RoleWords.fromPositionLabel("Druk Gyalpo"));
        assertEquals("minister of state", RoleWords.fromPositionLabel("Minister of State of Narnia"));
    }

    @Test
    void newsWordsMatchTheOfficeRole() {
        assertTrue(RoleWords.sameRole("queen", "monarch"));
        assertTrue(RoleWords.sameRole("King", "emir"));
        assertTrue(RoleWords.sameRole("prime minister", "premier"));
        assertTrue(RoleWords.sameRole("PM", "prime minister"));
        assertTrue(RoleWords.sameRole("President", "president"));
        assertFalse(RoleWords.sameRole("president", "prime minister"));
        assertFalse(RoleWords.sameRole("chancellor", "president"));
    }
}
