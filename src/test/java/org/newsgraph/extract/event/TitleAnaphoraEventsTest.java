package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;

/** "The president" for the person last named with that title, on sentences written for the test. */
class TitleAnaphoraEventsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";
    private static final String RUTO = "Q195725";

    @Test
    void theTitleAloneIsItsLastNamedHolder() {
        Event visit = EventFixture.extract("Kenyan President William Ruto spoke on Monday. The president will travel to Somalia next week.")
                .get("03", KENYA, SOMALIA);
        assertTrue(visit.agents().contains(RUTO), visit.toString());
    }

    @Test
    void aNarrowerTitleNeedsAHolderOfThatTitle() {
        EventFixture.Result r = EventFixture.extract("Kenyan President William Ruto spoke on Monday. "
                + "The defence minister will travel to Somalia next week.");
        assertTrue(r.events().stream().noneMatch(e -> e.agents().contains(RUTO)), r.events().toString());
    }

    @Test
    void aDescriptionIsThePersonTheArticleNamesInAppositionWithIt() {
        EventFixture.Result r = EventFixture.extract("Kenyan President William Ruto spoke in Nairobi on Friday. "
                + "The suspected gunman shot Ruto from behind. Police arrested the suspected gunman, Pedro Alvarez, 41.");
        Event shooting = r.only("18");
        String agent = shooting.agents().get(0);
        assertTrue(r.actors().actor(agent).map(a -> a.label().equals("Pedro Alvarez")).orElse(false), shooting.toString());
    }

    @Test
    void aDescriptionTwoPeopleAreNamedWithIsNeither() {
        EventFixture.Result r = EventFixture.extract("Kenyan President William Ruto spoke in Nairobi on Friday. "
                + "The suspected gunman shot Ruto from behind. Police arrested the suspected gunman, Pedro Alvarez, 41. "
                + "Another suspected gunman, Juan Soto, fled.");
        assertTrue(r.events().stream().filter(e -> e.cameo().startsWith("18")).noneMatch(e -> e.targets().contains(RUTO)),
                r.events().toString());
    }

    @Test
    void whatFollowsANameAndAVerbIsNoApposition() {
        // "…, Juan Soto, wrote in the motion.": "the motion" is no description of Soto
        EventFixture.Result r = EventFixture.extract("Kenyan President William Ruto spoke in Nairobi on Friday. "
                + "Two lawyers, Pedro Alvarez and Juan Soto, wrote in the motion. Ruto condemned the motion.");
        assertTrue(r.events().stream().noneMatch(e -> e.targets().stream().anyMatch(t -> t.startsWith("person/"))),
                r.events().toString());
    }
}
