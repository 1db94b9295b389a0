package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorMention;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Span;

/** NER sometimes tags a capital as a person ("help Kyiv"); the resolver makes it the state. */
class CapitalTaggedAsPersonTest {
    @Test
    void aBareOneWordPersonNameThatIsACapitalIsTheState() {
        ActorMention mention = new ActorMention(MentionKind.PERSON_NAME, new Span(8, 12), 0, "Kyiv", null, null, null, true);
        ResolvedActors resolved = new ActorResolver(Gazetteer.load()).resolve(List.of(mention), LocalDate.of(2031, 3, 6));
        assertEquals(1, resolved.actors().size());
        assertEquals("Q212", resolved.actors().get(0).id());
        assertEquals(ActorType.STATE, resolved.actors().get(0).type());
    }
}
