package org.newsgraph.lexicon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortfolioRolesTest {
    @Test
    void sourceLabelsAndNewsTitlesOfTheSameMinistryShareAKey() {
        assertTrue(RoleWords.sameRole("foreign minister", "minister of foreign affairs"));
        assertTrue(RoleWords.sameRole("Foreign Minister", "minister for foreign affairs and trade"));
        assertTrue(RoleWords.sameRole("external affairs minister", "minister of foreign affairs"));
        assertTrue(RoleWords.sameRole("defense minister", "minister of national defence"));
        assertTrue(RoleWords.sameRole("home minister", "minister of internal affairs"));
        assertTrue(RoleWords.sameRole("deputy foreign minister", "deputy minister of foreign affairs"));
    }

    @Test
    void ranksAndPortfoliosAreKeptApart() {
        assertFalse(RoleWords.sameRole("foreign minister", "deputy minister of foreign affairs"));
        assertFalse(RoleWords.sameRole("foreign minister", "minister of finance"));
        assertEquals("prime minister", RoleWords.canonical("prime minister"));
        assertNull(PortfolioRoles.key("deputy prime minister"));
        assertNull(PortfolioRoles.key("president"));
    }
}
