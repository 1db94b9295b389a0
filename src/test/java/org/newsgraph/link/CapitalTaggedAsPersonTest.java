package org.newsgraph.link;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Span;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
