package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerData;
import org.newsgraph.lexicon.Office;
import org.newsgraph.lexicon.PersonEntry;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Span;

/**
 * A leader's seat named by its title alone ("the Norlandic president") when the sources leave recent
 * terms open, on an invented gazetteer (Norland, Q1).
 */
class ActorResolverLeaderSeatTest {
    private static final StateEntry NORLAND = new StateEntry("Q1", "NRL", "Norland", "Republic of Norland",
            List.of("Norland", "Republic of Norland"), List.of("Norlandic"), List.of("Nordstad"));
    private static final PersonEntry EARLIER_PRESIDENT = person("Q20", "Ivo Marten",
            new Office("Q1", "Q100", "President of Norland", "president", 2013, null));
    private static final PersonEntry LATER_PRESIDENT = person("Q21", "Ada Sorne",
            new Office("Q1", "Q100", "President of Norland", "president", 2022, null));
    private static final PersonEntry PRIME_MINISTER = person("Q30", "Per Lund",
            new Office("Q1", "Q101", "Prime Minister of Norland", "prime minister", null, null, LocalDate.of(2019, 7, 24), null));
    private static final PersonEntry NEXT_PRIME_MINISTER = person("Q31", "Eva Holm",
            new Office("Q1", "Q101", "Prime Minister of Norland", "prime minister", 2022, null));

    private final ActorResolver resolver = new ActorResolver(Gazetteer.of(new GazetteerData(List.of(NORLAND),
            List.of(EARLIER_PRESIDENT, LATER_PRESIDENT, PRIME_MINISTER, NEXT_PRIME_MINISTER), List.of())));
    private final List<ActorMention> mentions = new ArrayList<>();

    private static PersonEntry person(String id, String name, Office office) {
        return new PersonEntry(id, name, List.of(name), List.of(name.split(" ")[1]), List.of(office));
    }

    private void mention(MentionKind kind, String name, String title, String modifier) {
        int begin = mentions.size() * 100;
        mentions.add(new ActorMention(kind, new Span(begin, begin + 10), mentions.size(), name, title, modifier, null, true));
    }

    private String wikidataOf(int mentionIndex, LocalDate date) {
        ResolvedActors resolved = resolver.resolve(mentions, date);
        Span span = mentions.get(mentionIndex).span();
        return resolved.mentions().stream().filter(m -> m.span().equals(span)).findFirst()
                .flatMap(m -> resolved.actor(m.actorId())).map(Actor::wikidata).orElse(null);
    }

    @Test
    void theHolderWhoseTermBeganInAnEarlierYearHoldsTheSeatAlone() {
        mention(MentionKind.TITLE_ONLY, "president", "president", "Norlandic");
        assertEquals("Q21", wikidataOf(0, LocalDate.of(2023, 5, 10)));
    }

    @Test
    void thePersonTheArticleNamesWhoHoldsTheOfficeThatDayIsTheTitle() {
        mention(MentionKind.PERSON_NAME, "Per Lund", null, null);
        mention(MentionKind.TITLE_ONLY, "prime minister", "prime minister", "Norlandic");
        // late in the year of the change the sources cannot tell who held the seat; the article can
        assertEquals("Q30", wikidataOf(1, LocalDate.of(2022, 12, 1)));
    }
}
