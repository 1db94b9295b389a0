package org.newsgraph.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.lexicon.ArmedGroupEntry;
import org.newsgraph.lexicon.PartyEntry;
import org.newsgraph.lexicon.StateEntry;

/** Phoenix's militarized non-state actors become armed groups of the gazetteer's states. */
class ArmedGroupsTest {
    private static final List<StateEntry> STATES = List.of(
            new StateEntry("Q1", "NRL", "Norland", "Norland", List.of("Norland"), List.of("Norlandic"), List.of("Nordstad")),
            new StateEntry("Q2", "SDR", "Sudria", "Sudria", List.of("Sudria"), List.of("Sudrian"), List.of()));
    /** Invented entries in the dictionary's format: codes on the name line or a line of their own, people among them. */
    private static final String DICTIONARY = """
            # Phoenix MNSA actor file (invented entries)

            NORTHERN_LIBERATION_FRONT_ (NLF)_ [NRLREB] #  kkl 21 Mar 13
            +FRONT_FOR_THE_LIBERATION_OF_THE_NORTH_
            +JOHN_SMITH
            +NLF
            +NORTHERNERS_
            +AL-SHIMAL
            #+COMMENTED_OUT_ARMY

            SUDRIAN_MOVEMENT_
            +PARTY_OF_SUDRIA_
            +THE_MOVEMENT_
            +SUDRIA_
            \t[SDRREB]

            SHEIKH_AHMED_LEADER
            +AHMED_LEADER
            \t[SDRREB 19870101-20040322]

            ABU_COMMANDER__ [IMGMUS] #  senior leader

            WORLD_JIHAD_BRIGADES_ [IMGMUS]

            380 [LAMREB]
            """;

    @TempDir
    Path sources;
    @TempDir
    Path curated;

    private List<ArmedGroupEntry> read(List<PartyEntry> parties, List<String> warnings) throws Exception {
        Path file = sources.resolve(ArmedGroups.PHOENIX_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, DICTIONARY);
        return ArmedGroups.read(sources, curated, STATES, parties, warnings::add);
    }

    @Test
    void groupsOfTheirStatesWithoutTheirLeadersNamesOrCodes() throws Exception {
        List<String> warnings = new ArrayList<>();
        List<ArmedGroupEntry> groups = read(List.of(new PartyEntry("Q50", "Sudrian Movement", List.of(), List.of("Q2"))),
                warnings);

        assertEquals(List.of(
                new ArmedGroupEntry(null, "Northern Liberation Front",
                        List.of("Al-Shimal", "Front for the Liberation of the North"), "Q1", "NRLREB"),
                new ArmedGroupEntry("Q50", "Sudrian Movement", List.of("Party of Sudria"), "Q2", "SDRREB"),
                new ArmedGroupEntry(null, "World Jihad Brigades", List.of(), null, "IMGMUS")), groups,
                "leaders (an alias of plain words, a double underscore, a dated code), acronyms, numbers, one plain"
                        + " word and a state's name are left out; a region's code gives no state; a group that is also"
                        + " a party of its state takes the party's id; \"The Movement\" (the article and one word"
                        + " of a kind of group) names every movement");
        assertTrue(warnings.stream().anyMatch(w -> w.contains(ArmedGroups.ADDED)), warnings.toString());
    }

    @Test
    void handMadeRowsAddGroupsAndTakeTheirNamesFromOthers() throws Exception {
        Files.writeString(curated.resolve(ArmedGroups.ADDED), """
                # comment
                label\taliases\tstate\twhy
                New Militia\tNM|Al-Shimal\tSDR\tformed after the dictionary
                World Jihad Brigades\tWJB\tNRL\tits acronym, and its state
                """);
        List<ArmedGroupEntry> groups = read(List.of(), new ArrayList<>());

        assertEquals(List.of(
                new ArmedGroupEntry(null, "New Militia", List.of("Al-Shimal", "NM"), "Q2", "SDRREB"),
                new ArmedGroupEntry(null, "Northern Liberation Front", List.of("Front for the Liberation of the North"),
                        "Q1", "NRLREB"),
                new ArmedGroupEntry(null, "Sudrian Movement", List.of("Party of Sudria"), "Q2", "SDRREB"),
                new ArmedGroupEntry(null, "World Jihad Brigades", List.of("WJB"), "Q1", "NRLMUS")), groups);
    }

    @Test
    void aStateThatIsNoCodeIsRefused() throws Exception {
        Files.writeString(curated.resolve(ArmedGroups.ADDED), "label\taliases\tstate\twhy\nX\t\tNorland\tbad\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(List.of(), new ArrayList<>()));
        assertTrue(e.getMessage().contains("ISO alpha-3"), e.getMessage());
    }

    @Test
    void namesAreWrittenAsNewsWriteThem() {
        assertEquals("Al-Qaeda Organization in the Islamic Maghreb",
                ArmedGroups.display("AL-QAEDA_ORGANIZATION_IN_THE_ISLAMIC_MAGHREB_"));
        assertEquals("Kurdistan Workers' Party", ArmedGroups.display("KURDISTAN_WORKERS'_PARTY"));
        assertEquals("PKK", ArmedGroups.display("PKK"));
        assertEquals("Hamas", ArmedGroups.display("HAMAS_"));
    }
}
