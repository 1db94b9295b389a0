package org.newsgraph.eval;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ActorType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorRefTest {
    private static final List<GoldEntity> ENTITIES = List.of(
            new GoldEntity("Mara Lind", ActorType.PERSON, "Q2001"),
            new GoldEntity("Oskar Brandt", ActorType.PERSON, null));

    private static GraphActor actor(Set<String> names, Set<String> ids) {
        return new GraphActor("urn:x", Set.of(ActorType.PERSON), names, ids);
    }

    @Test
    void idReferenceTakesTheGoldLabel() {
        assertEquals(new ActorRef("Q2001", "mara lind"), ActorRef.resolve("Q2001", ENTITIES));
        assertEquals(new ActorRef("Q3", null), ActorRef.resolve("Q3", ENTITIES));
        assertEquals(new ActorRef(null, "oskar brandt"), ActorRef.resolve("Oskar Brandt", ENTITIES));
    }

    @Test
    void idsDecideWhenBothSidesAreLinked() {
        ActorRef mara = ActorRef.resolve("Q2001", ENTITIES);
        assertTrue(mara.matches(actor(Set.of("M. Lind"), Set.of("Q2001"))));
        assertFalse(mara.matches(actor(Set.of("Mara Lind"), Set.of("Q9"))));
    }

    @Test
    void labelsDecideWhenEitherSideIsUnlinked() {
        assertTrue(ActorRef.resolve("Q2001", ENTITIES).matches(actor(Set.of("MARA LIND"), Set.of())));
        assertTrue(ActorRef.resolve("Oskar Brandt", ENTITIES).matches(actor(Set.of("x", "Oskar Brandt"), Set.of("Q5"))));
        assertFalse(ActorRef.resolve("Q3", ENTITIES).matches(actor(Set.of("Mara Lind"), Set.of())));
    }

    @Test
    void anyMatchTriesEveryAlternativeAgainstEveryActor() {
        List<ActorRef> alternatives = ActorRef.resolveAll(List.of("Q7", "Oskar Brandt"), ENTITIES);
        assertTrue(ActorRef.anyMatch(alternatives, List.of(actor(Set.of("z"), Set.of()), actor(Set.of("Oskar Brandt"), Set.of()))));
        assertFalse(ActorRef.anyMatch(alternatives, List.of()));
    }
}
