package org.newsgraph.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.actor.ActorExtractor;
import org.newsgraph.link.ActorResolver;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.NlpPipeline;

/** Unnamed sources as speakers of their own, on sentences written for the test. */
class UnnamedSourcesTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 10);
    private static final ActorResolver RESOLVER = new ActorResolver(Gazetteer.load());
    private static final StatementExtractor STATEMENTS = new StatementExtractor();
    private static final UnnamedSources SOURCES = new UnnamedSources();

    private static UnnamedSources.Attached extract(String text) {
        AnalyzedText analyzed = NlpPipeline.shared().analyze(text, DATE);
        ResolvedActors actors = RESOLVER.resolve(new ActorExtractor().extract(analyzed), DATE);
        return SOURCES.attach(analyzed, actors, STATEMENTS.extract(analyzed, actors, DATE));
    }

    private static Actor speaker(UnnamedSources.Attached attached, Statement statement) {
        return attached.actors().actor(statement.speaker()).orElseThrow(() -> new AssertionError("no speaker " + statement));
    }

    @Test
    void oneUnnamedSourceIsAPersonLabelledWithoutItsArticle() {
        UnnamedSources.Attached r = extract("A senior government source told CNN that the minister would resign on Friday.");
        Actor source = speaker(r, r.statements().get(0));
        assertEquals(ActorType.PERSON, source.type());
        assertEquals("senior government source", source.label());
        assertNull(source.wikidata());
    }

    @Test
    void severalUnnamedSourcesAreAGroup() {
        UnnamedSources.Attached r = extract("The talks were close to a deal, according to people familiar with the plans.");
        Actor source = speaker(r, r.statements().get(0));
        assertEquals(ActorType.ORGANIZATION, source.type());
        assertTrue(source.id().startsWith("group/"), source.id());
        assertEquals("people familiar with the plans", source.label());
    }

    @Test
    void theSameWordsInAnotherSentenceAreAnotherSource() {
        String first = extract("One European official said the summit had failed.").statements().get(0).speaker();
        String second = extract("One European official said the talks would resume in June.").statements().get(0).speaker();
        assertNotEquals(first, second);
        assertEquals(first, extract("One European official said the summit had failed.").statements().get(0).speaker(),
                "the same sentence reprinted is the same source");
    }

    @Test
    void aSpeakerTheLinkerKnowsOrAPronounStaysAsItWas() {
        UnnamedSources.Attached r = extract("Kenyan officials said the election was fair.");
        assertEquals("Q114", r.statements().get(0).speaker());
        List<Statement> statements = extract("The newspaper said the election was fair.").statements();
        assertTrue(statements.isEmpty() || statements.get(0).speaker() == null, statements.toString());
    }

    @Test
    void aTitleWithTheIsSomeoneNamedElsewhereNoUnnamedSource() {
        UnnamedSources.Attached r = extract("The parliamentary speaker confirmed that the president had resigned.");
        assertTrue(r.statements().stream().allMatch(st -> st.speaker() == null), r.statements().toString());
        r = extract("A senior official confirmed that the president had resigned.");
        assertEquals("senior official", speaker(r, r.statements().get(0)).label());
    }

    @Test
    void namedMembersOrPeopleOfNoKindAreNoUnnamedSource() {
        for (String text : List.of("Experts including Tom Baxter said the plan would fail.",
                "People said the plan would fail.", "No witnesses said the plan would fail.")) {
            UnnamedSources.Attached r = extract(text);
            assertTrue(r.statements().stream().allMatch(st -> st.speaker() == null || !st.speaker().contains("unnamed")),
                    text + " " + r.statements());
        }
    }

    @Test
    void theSourceIsThePeopleTheWrittenPhraseCounts() {
        UnnamedSources.Attached r = extract("The families were saddened, one of the union\u2019s members said.");
        assertEquals("union\u2019s members", speaker(r, r.statements().get(0)).label(), "the group counted");
    }
}
