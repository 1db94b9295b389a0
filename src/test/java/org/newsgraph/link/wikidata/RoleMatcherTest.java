package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleMatcherTest {
    @Test
    void newsTitlesMatchPositionLabels() {
        assertTrue(RoleMatcher.matches("Foreign Minister", "Minister of Foreign Affairs of Utopia"));
        assertTrue(RoleMatcher.matches("President", "President of the Republic of Korea"));
        assertTrue(RoleMatcher.matches("spokesman", "Press Secretary of the President of Utopia"));
        assertTrue(RoleMatcher.matches("Defence Minister", "Minister of Defense of Utopia"));
        assertTrue(RoleMatcher.matches("Premier", "Prime Minister of Utopia"));
    }

    @Test
    void anotherRoleDoesNotMatch() {
        assertFalse(RoleMatcher.matches("Foreign Minister", "Minister of Finance of Utopia"));
        assertFalse(RoleMatcher.matches("President", "Vice Chairman of the Utopia Bank"));
        assertFalse(RoleMatcher.matches("", "President of Utopia"));
    }
}
