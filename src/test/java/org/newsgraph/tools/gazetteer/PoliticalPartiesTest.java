package org.newsgraph.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.lexicon.PartyEntry;
import org.newsgraph.lexicon.StateEntry;

/** Party Facts' parties become parties of the gazetteer's states, by ISO alpha-3. */
class PoliticalPartiesTest {
    private static final List<StateEntry> STATES = List.of(
            new StateEntry("Q1", "NRL", "Norland", "Norland", List.of("Norland"), List.of(), List.of()),
            new StateEntry("Q2", "SDR", "Sudria", "Sudria", List.of("Sudria"), List.of(), List.of()));
    private static final String CSV = """
            country,partyfacts_id,wikidata_id,name,name_short,name_native
            NRL,1,Q10,Unity Party,UP,Partei der Einheit
            SDR,2,Q20,Unity Party,,
            SDR,3,Q21,Sudrian Green Alliance,SGA,
            NRL,4,Q30,Old Guard,GOP/Grand/Old/Party,
            SDR,5,Q30,Old Guard,,
            NRL,6,,Party Without Id,,
            ABW,7,Q40,Party Of A Territory,,
            SDR,8,Q50,"Alliance for Work, Justice and Education",AfWJE,
            """;

    @TempDir
    Path dir;

    @Test
    void partiesOfKnownStatesWithTheirAcronyms() throws Exception {
        Files.writeString(dir.resolve(PoliticalParties.FILE), CSV);
        List<String> warnings = new ArrayList<>();
        List<PartyEntry> parties = PoliticalParties.read(dir, STATES, warnings::add);

        assertEquals(List.of(
                new PartyEntry("Q50", "Alliance for Work, Justice and Education", List.of("AfWJE"), List.of("Q2")),
                new PartyEntry("Q30", "Old Guard", List.of(), List.of("Q1", "Q2")),
                new PartyEntry("Q21", "Sudrian Green Alliance", List.of("SGA"), List.of("Q2")),
                new PartyEntry("Q10", "Unity Party", List.of(), List.of("Q1")),
                new PartyEntry("Q20", "Unity Party", List.of(), List.of("Q2"))), parties,
                "two-letter and slash-joined short names are no aliases; a party listed twice is one with two states");
        List<String> leftOut = warnings.stream().filter(w -> w.contains("left out")).toList();
        assertEquals(1, leftOut.size(), warnings.toString());
        assertTrue(leftOut.get(0).startsWith("2 parties") && leftOut.get(0).contains("ABW"), leftOut.get(0));
    }

    @Test
    void membersNameAPartyByWhatTheyBelieve() {
        assertEquals(Optional.of("Republicans"), PoliticalParties.membersName("Republican Party"));
        assertEquals(Optional.of("Democrats"), PoliticalParties.membersName("Democratic Party"));
        assertEquals(Optional.of("Conservatives"), PoliticalParties.membersName("Conservative Party"));
        assertEquals(Optional.of("Socialists"), PoliticalParties.membersName("Socialist Party"));
        assertEquals(Optional.of("Libertarians"), PoliticalParties.membersName("Libertarian Party"));
        assertEquals(Optional.empty(), PoliticalParties.membersName("Christian Party"), "a faith's people");
        assertEquals(Optional.empty(), PoliticalParties.membersName("Labour Party"));
        assertEquals(Optional.empty(), PoliticalParties.membersName("Liberal Democratic Party"));
    }

    @Test
    void aStatesDemonymGivesNoMembersName() throws Exception {
        Files.writeString(dir.resolve(PoliticalParties.FILE), """
                country,partyfacts_id,wikidata_id,name,name_short,name_native
                NRL,1,Q10,Norlandist Party,,
                NRL,2,Q11,Socialist Party,,
                """);
        List<StateEntry> states = List.of(new StateEntry("Q1", "NRL", "Norland", "Norland", List.of("Norland"),
                List.of("Norlandist"), List.of()));
        List<PartyEntry> parties = PoliticalParties.read(dir, states, w -> { });
        assertEquals(List.of(), parties.get(0).aliases());
        assertEquals(List.of("Socialists"), parties.get(1).aliases());
    }

    @Test
    void aHandMadeNameGoesToItsPartyAndIsTakenFromTheOthersOfItsState() throws Exception {
        Files.writeString(dir.resolve(PoliticalParties.FILE), """
                country,partyfacts_id,wikidata_id,name,name_short,name_native
                NRL,1,Q10,Unity Party,,
                NRL,2,Q11,Old Unionists,,
                NRL,3,Q12,New Front,Unionists,
                SDR,4,Q20,Sudrian Unionists,,
                """);
        Files.writeString(dir.resolve(PoliticalParties.ALIASES), """
                # comment
                wikidata	alias	why
                Q10	Old Unionists	the name news use today
                """);
        List<String> warnings = new ArrayList<>();
        List<PartyEntry> parties = PoliticalParties.read(dir, STATES, warnings::add);

        assertEquals(List.of("New Front", "Sudrian Unionists", "Unity Party"), parties.stream().map(PartyEntry::label).toList(),
                "the party known only by the name given to another is left out");
        assertEquals(List.of("Old Unionists"), parties.get(2).aliases());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Q11")), warnings.toString());
    }

    @Test
    void withoutTheFileThereAreNoPartiesAndAWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of(), PoliticalParties.read(dir, STATES, warnings::add));
        assertTrue(warnings.get(0).contains(PoliticalParties.FILE), warnings.toString());
    }
}
