package org.newsgraph.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sectors of group names from the Phoenix agent dictionary. */
class AgentLexiconTest {
    private static final AgentLexicon AGENTS = AgentLexicon.shared();

    @Test
    void aNameHasTheSectorOfTheLongestAgentPhraseItEndsWith() {
        assertEquals(Optional.of("OPP"), AGENTS.sectorOfName("Sudanese protesters"));
        assertEquals(Optional.of("COP"), AGENTS.sectorOfName("Kenyan police"));
        assertEquals(Optional.of("REB"), AGENTS.sectorOfName("Syrian rebel group"));
    }

    @Test
    void aNameEndingWithNoAgentHasNoSector() {
        assertEquals(Optional.empty(), AGENTS.sectorOfName("Hiroshima Peace Memorial Museum"));
    }
}
