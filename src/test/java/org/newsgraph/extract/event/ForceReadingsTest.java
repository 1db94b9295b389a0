package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where words of force are force: games, elections and private quarrels are not; sentences written for the test. */
class ForceReadingsTest {
    @Test
    void gamesAndElectionsAreNoForce() {
        assertTrue(EventFixture.extract("France defeated Poland 3-1 to advance to the quarterfinals.").events().isEmpty());
        assertTrue(EventFixture.extract("Ruto is the best candidate to beat Hassan Sheikh Mohamud in 2027.").events().isEmpty());
        assertTrue(EventFixture.extract("Ruto faces Kalonzo Musyoka in the general election.").events().isEmpty());
    }

    @Test
    void aTeamNamedForArmsAndARoundOfAGameNameNoArms() {
        // "Jets" and "round" are words of arms ("fighter jets", "155mm rounds"), but not as a team's name or a game's round
        assertTrue(EventFixture.extract("The Nairobi Jets beat the Mombasa Sharks 31-10 on Sunday.").events().isEmpty());
        assertTrue(EventFixture.extract("Kamau beat Otieno by one shot despite Otieno's 61 in the final round.")
                .events().isEmpty());
        // counted, rounds are ammunition
        EventFixture.Result r = EventFixture.extract("Kenya's army beat Somalia's forces after firing 5,000 rounds.");
        assertTrue(!r.ofRoot("19").isEmpty(), r.events().toString());
    }

    @Test
    void takingOnAnOpponentIsAContestUnlessArmsAreAbout() {
        assertTrue(EventFixture.extract("Kenya took on Somalia in the World Cup qualifier on Tuesday.").events().isEmpty());
        EventFixture.Result r = EventFixture.extract("Kenya's army vowed to take on Somalia's forces near the border.");
        assertTrue(!r.ofRoot("19").isEmpty(), r.events().toString());
    }

    @Test
    void aDefeatInBattleIsForce() {
        EventFixture.Result r = EventFixture.extract("Kenya's army defeated Somalia's forces in a battle near the border.");
        assertTrue(r.ofRoot("19").stream().anyMatch(e -> e.agents().stream().anyMatch(a -> a.contains("Q114"))), r.events().toString());
    }

    @Test
    void forceBetweenPeopleWhoStandForNoStateIsNoEvent() {
        assertTrue(EventFixture.extract("John Kamau shot his neighbour Peter Otieno after an argument over a fence.")
                .events().isEmpty());
        assertTrue(EventFixture.extract("The cargo ship Mara struck the Nyali Bridge early on Tuesday.").events().isEmpty());
        EventFixture.Result police = EventFixture.extract("Kenyan police shot Peter Otieno during the protest.");
        assertTrue(!police.ofRoot("18").isEmpty() || !police.ofRoot("19").isEmpty() || !police.ofRoot("17").isEmpty(),
                police.events().toString());
    }

    @Test
    void coercionByPrivatePersonsIsNoEvent() {
        EventFixture.Result game = EventFixture.extract("Kamau and Njeri pull Otieno at Kisumu.");
        assertTrue(game.ofRoot("17").isEmpty(), game.events().toString());
        EventFixture.Result marriage = EventFixture.extract("Wanjiru blamed Achieng for breaking up her marriage to Otieno.");
        assertTrue(marriage.ofRoot("17").isEmpty(), marriage.events().toString());
        EventFixture.Result agent = EventFixture.extract("The actress said her agent Mary Wambui had banned Peter Otieno from the set.");
        assertTrue(agent.ofRoot("17").isEmpty(), agent.events().toString());
        // one with an office keeps the act
        EventFixture.Result arrest = EventFixture.extract("Police chief John Kamau arrested Peter Otieno on Tuesday.");
        assertTrue(!arrest.ofRoot("17").isEmpty(), arrest.events().toString());
    }

    @Test
    void forceOfAPrivatePersonAgainstAStatesLeaderIsUnconventionalViolence() {
        EventFixture.Result r = EventFixture.extract("Kenyan President William Ruto spoke in Nairobi on Friday. "
                + "Peter Otieno shot Ruto from behind.");
        assertTrue(r.ofRoot("19").isEmpty() && r.ofRoot("18").stream().anyMatch(e -> e.cameo().equals("180")),
                r.events().toString());
        EventFixture.Result army = EventFixture.extract("Kenya's army shot Somali soldiers near the border.");
        assertTrue(!army.ofRoot("19").isEmpty(), "an army's force stays military: " + army.events());
    }

    @Test
    void anAttackInWordsOnNobodyIsNone() {
        EventFixture.Result tone = EventFixture.extract("Kenyan President William Ruto spoke in Nairobi on Friday. "
                + "The president struck an optimistic tone in his closing remarks.");
        assertTrue(tone.ofRoot("11").isEmpty() && tone.ofRoot("19").isEmpty(), tone.events().toString());
        // on someone, it is criticism
        EventFixture.Result rival = EventFixture.extract("Kenyan President William Ruto spoke in Nairobi on Friday. "
                + "Ruto attacked Raila Odinga in his closing remarks.");
        assertTrue(!rival.ofRoot("11").isEmpty(), rival.events().toString());
    }
}
