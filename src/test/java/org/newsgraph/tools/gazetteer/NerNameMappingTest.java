package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.lexicon.PartyEntry;
import org.newsgraph.lexicon.StateEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NerNameMappingTest {
    private static final StateEntry KOREA = new StateEntry("Q884", "KOR", "South Korea", null,
            List.of("South Korea"), List.of("South Korean", "South Koreans"), List.of("Seoul"));
    private static final StateEntry GUINEA_BISSAU = new StateEntry("Q1007", "GNB", "Guinea-Bissau", null,
            List.of("Guinea-Bissau"), List.of("Guinea-Bissauan"), List.of("Bissau"));

    @Test
    void demonymsAndPartyMembersNamesAreTheNames() {
        List<PartyEntry> parties = List.of(
                new PartyEntry("Q29552", "Democratic Party", List.of("Democrats"), List.of("Q30")),
                new PartyEntry("Q9626", "Conservative Party", List.of("Tories"), List.of("Q145")),
                new PartyEntry("Q2", "National Party", List.of("Nationals"), List.of("Q408")),
                // no members' word: "Labour" says no belief of its members, "Party of Regions" is no "X Party"
                new PartyEntry("Q9630", "Labour Party", List.of(), List.of("Q145")),
                new PartyEntry("Q1", "Party of Regions", List.of(), List.of("Q212")));
        assertEquals(List.of("Conservative", "Conservatives", "Democrat", "Democrats",
                        "Guinea-Bissauan", "Nationals", "South Korean", "South Koreans"),
                List.copyOf(NerNameMapping.names(List.of(KOREA, GUINEA_BISSAU), parties)));
    }

    @Test
    void aDemonymThatIsAStatesNameIsLeftToTheCrf() {
        StateEntry vatican = new StateEntry("Q237", "VAT", "Vatican City", null,
                List.of("Vatican City", "Vatican", "Holy See"), List.of("Vatican"), List.of("Vatican City"));
        assertEquals(List.of("South Korean", "South Koreans"),
                List.copyOf(NerNameMapping.names(List.of(KOREA, vatican), List.of())));
    }

    @Test
    void patternsHaveTheTokenizersTokensWithPunctuationEscaped() {
        assertEquals("South Korean", NerNameMapping.pattern("South Korean"));
        assertEquals("Guinea \\- Bissauan", NerNameMapping.pattern("Guinea-Bissauan"));
        assertEquals("Côte d\\'Ivoire", NerNameMapping.pattern("Côte d'Ivoire"));
    }

    @Test
    void theMappingTagsMiscOverUntaggedTokensOnlyAndPlacesOpenedByThoseNamesOverPlaces(@TempDir Path dir) throws IOException {
        StateEntry dominicanRepublic = new StateEntry("Q786", "DOM", "Dominican Republic", null,
                List.of("Dominican Republic"), List.of("Dominican", "Dominicans"), List.of("Santo Domingo"));
        Path file = dir.resolve(NerNameMapping.FILE);
        NerNameMapping.write(file, List.of(KOREA, dominicanRepublic), List.of());
        assertEquals(List.of("Dominican\tMISC\tO\t1", "Dominicans\tMISC\tO\t1", "South Korean\tMISC\tO\t1",
                "South Koreans\tMISC\tO\t1", "Dominican Republic\tLOCATION\tO,LOCATION\t2"), Files.readAllLines(file));
    }
}
