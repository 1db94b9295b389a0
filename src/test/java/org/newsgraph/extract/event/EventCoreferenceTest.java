package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;

/** An event noun without its other side takes it from the same act named in full; texts written for the test. */
class EventCoreferenceTest {
    private static final String CHILE = "Q298";
    private static final String PERU = "Q419";
    private static final String BOLIVIA = "Q750";

    @Test
    void anInvasionNamedAgainTakesItsTargetFromTheFirstMention() {
        EventFixture.Result r = EventFixture.extract(
                "Chile's invasion of Peru began in March. Since Chile's invasion, Bolivia has closed its border.");
        List<Event> invasions = r.ofRoot("19");
        assertEquals(2, invasions.size(), invasions.toString());
        invasions.forEach(e -> assertTrue(e.agents().contains(CHILE) && e.targets().contains(PERU), e.toString()));
    }

    @Test
    void theActNamedInFullMayComeLater() {
        EventFixture.Result r = EventFixture.extract(
                "Bolivia condemned Chile over its invasion. Chile's attacks on Peru have continued for weeks.");
        assertEquals(2, r.ofRoot("19").stream().filter(e -> e.agents().contains(CHILE) && e.targets().contains(PERU)).count(),
                r.events().toString());
    }

    @Test
    void anInvasionNamedWithoutItsOtherSideIsAgainstTheStateWhereTheArticlesWarIs() {
        EventFixture.Result r = EventFixture.extract(
                "The war in Peru has lasted a year. Bolivia has closed its border since Chile's invasion.");
        assertTrue(r.find("19", CHILE, PERU).isPresent(), r.events().toString());
        // two wars: neither place is meant
        EventFixture.Result two = EventFixture.extract("The war in Peru and the fighting in Bolivia go on. "
                + "Argentina has closed its border since Chile's invasion.");
        assertTrue(two.ofRoot("19").stream().noneMatch(e -> e.agents().contains(CHILE)), two.events().toString());
        // attacks are many acts, not the war
        EventFixture.Result attacks = EventFixture.extract(
                "The war in Peru has lasted a year. Bolivia condemned Chile's attacks.");
        assertTrue(attacks.find("19", CHILE, PERU).isEmpty(), attacks.events().toString());
    }

    @Test
    void withoutTheActNamedInFullThereIsNoEvent() {
        EventFixture.Result r = EventFixture.extract("Bolivia said Chile's invasion had raised food prices.");
        assertTrue(r.ofRoot("19").isEmpty(), r.events().toString());
    }

    @Test
    void anotherDoersActLendsNothing() {
        EventFixture.Result r = EventFixture.extract(
                "Chile's invasion of Peru began in March. Bolivia's invasion came a week later.");
        assertTrue(r.find("19", BOLIVIA, PERU).isEmpty(), r.events().toString());
    }

    @Test
    void aVisitIsNotTakenForAnotherVisit() {
        EventFixture.Result r = EventFixture.extract(
                "Kenya's president visited Peru in March. Kenya's president signed the book during his visit to the museum.");
        assertEquals(1, r.ofRoot("04").size(), r.events().toString());
    }
}
