package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * An article about a state's own politics that never names the state: the head of state it names in
 * full makes the state the article's, so its senators are linked, on an invented gazetteer.
 */
class ActorResolverLeaderContextTest {
    private static final StateEntry NORLAND = new StateEntry("Q1", "NRL", "Norland", "Republic of Norland",
            List.of("Norland", "Republic of Norland"), List.of("Norlandic"), List.of("Nordstad"));
    private static final StateEntry SUDRIA = new StateEntry("Q2", "SUD", "Sudria", "Sudria",
            List.of("Sudria"), List.of("Sudrian"), List.of("Sudstad"));
    private static final PersonEntry PRESIDENT = person("Q20", "Ada Sorne",
            new Office("Q1", "Q100", "President of Norland", "president", 2019, null));
    private static final PersonEntry SENATOR = person("Q40", "Tom Vale",
            new Office("Q1", "Q102", "Senator of Norland", "senator", 2018, null));
    /** A president of each state named alike: the name says nothing of the article's state. */
    private static final PersonEntry NAMESAKE_PRESIDENT = person("Q21", "Ada Sorne",
            new Office("Q2", "Q200", "President of Sudria", "president", 2010, 2015));

    private final List<ActorMention> mentions = new ArrayList<>();

    private static PersonEntry person(String id, String name, Office office) {
        return new PersonEntry(id, name, List.of(name), List.of(name.split(" ")[1]), List.of(office));
    }

    private void mention(String name) {
        int begin = mentions.size() * 100;
        mentions.add(new ActorMention(MentionKind.PERSON_NAME, new Span(begin, begin + 10), mentions.size(), name, null, null, null, true));
    }

    private static ActorResolver resolverOf(PersonEntry... persons) {
        return new ActorResolver(Gazetteer.of(new GazetteerData(List.of(NORLAND, SUDRIA), List.of(persons), List.of())));
    }

    private static String wikidataOf(ActorResolver resolver, List<ActorMention> mentions, int index) {
        ResolvedActors resolved = resolver.resolve(mentions, LocalDate.of(2022, 11, 1));
        Span span = mentions.get(index).span();
        return resolved.mentions().stream().filter(m -> m.span().equals(span)).findFirst()
                .flatMap(m -> resolved.actor(m.actorId())).map(Actor::wikidata).orElse(null);
    }

    @Test
    void aSenatorIsLinkedInAnArticleNamingHisStatesPresident() {
        ActorResolver resolver = resolverOf(PRESIDENT, SENATOR);
        mention("Tom Vale");
        mention("Ada Sorne");
        assertEquals("Q40", wikidataOf(resolver, mentions, 0));
    }

    @Test
    void aSenatorStaysUnlinkedWithoutHisState() {
        ActorResolver resolver = resolverOf(PRESIDENT, SENATOR);
        mention("Tom Vale");
        assertNull(wikidataOf(resolver, mentions, 0));
    }

    @Test
    void aLeadersNameSharedAcrossStatesNamesNoState() {
        ActorResolver resolver = resolverOf(PRESIDENT, SENATOR, NAMESAKE_PRESIDENT);
        mention("Tom Vale");
        mention("Ada Sorne");
        assertNull(wikidataOf(resolver, mentions, 0));
    }

    @Test
    void aBareFamilyNameNeedsTheStateNamedItself() {
        ActorResolver resolver = resolverOf(PRESIDENT, SENATOR);
        mention("Vale");
        mention("Ada Sorne");
        assertNull(wikidataOf(resolver, mentions, 0));
    }

    @Test
    void aBareFamilyNameOfTheLeaderItselfLinks() {
        ActorResolver resolver = resolverOf(PRESIDENT, SENATOR, person("Q22", "Eli Marr",
                new Office("Q1", "Q100", "President of Norland", "president", 2011, 2019)));
        mention("Marr");
        mention("Ada Sorne");
        assertEquals("Q22", wikidataOf(resolver, mentions, 0));
    }
}
