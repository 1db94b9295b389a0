package org.newsgraph.tools.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentDictionaryParserTest {
    @Test
    void readsPhrasesPluralsSubstitutionsAndSectors() {
        List<AgentEntry> agents = AgentDictionaryParser.parse(List.of(
                "# comment",
                "!PERSON! = MAN, WOMAN",
                "",
                "HARBOUR_GUARD {} [~COP] # someone",
                "BOAT!PERSON! [~BUS]",
                "WATCH_COMMITTEE {WATCH_COMMITTEES_X} [~CVL]",
                "RELIEF_BODY  [NGO~]",
                "NOT AN ENTRY"));
        assertEquals(List.of(new AgentEntry("harbour guard", "COP"), new AgentEntry("boatman", "BUS"),
                new AgentEntry("boatwoman", "BUS"), new AgentEntry("watch committee", "CVL"),
                new AgentEntry("watch committees x", "CVL"), new AgentEntry("relief body", "NGO")), agents);
    }
}
