package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.ActorResolver;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.ResolvedActors;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.NlpPipeline;

class StatementExtractorTest {
    /** A Wednesday. */
    private static final LocalDate DATE = LocalDate.of(2023, 5, 10);
    private static final ActorExtractor ACTORS = new ActorExtractor();
    private static final ActorResolver RESOLVER = new ActorResolver(Gazetteer.load());
    private static final StatementExtractor STATEMENTS = new StatementExtractor();

    private record Result(List<Statement> statements, ResolvedActors actors) {
        Statement only() {
            assertEquals(1, statements.size(), statements.toString());
            return statements.get(0);
        }

        String speakerLabel(Statement statement) {
            return statement.speaker() == null ? null
                    : actors.actor(statement.speaker()).map(Actor::label).orElse("?" + statement.speaker());
        }
    }

    private static Result extract(String text) {
        AnalyzedText analyzed = NlpPipeline.shared().analyze(text, DATE);
        ResolvedActors actors = RESOLVER.resolve(ACTORS.extract(analyzed), DATE);
        return new Result(STATEMENTS.extract(analyzed, actors, DATE), actors);
    }

    @Test
    void quoteFollowedBySpeakerAndCueIsDirect() {
        Result r = extract("\u201CWe will not back down on this,\u201D Ana Lopez said.");
        Statement s = r.only();
        assertEquals(QuoteKind.DIRECT, s.kind());
        assertEquals("We will not back down on this,", s.text());
        assertEquals("Ana Lopez", r.speakerLabel(s));
        assertEquals("say", s.cue());
    }

    @Test
    void quoteSplitByTheCueIsOneStatement() {
        Result r = extract("Senator Ana Lopez spoke first. \"We are ready to talk,\" she said, \"but we need more time.\"");
        Statement s = r.only();
        assertTrue(s.text().contains("We are ready to talk") && s.text().contains("we need more time"), s.text());
        assertEquals("Ana Lopez", r.speakerLabel(s));
    }

    @Test
    void quoteOverSeveralParagraphsIsOneStatement() {
        Result r = extract("Ana Lopez said:\n\n\u201CThe first part of the plan is sound.\n\n"
                + "\u201CThe second part will need a lot more work.\u201D");
        Statement s = r.only();
        assertTrue(s.text().contains("first part") && s.text().contains("second part"), s.text());
        assertEquals("Ana Lopez", r.speakerLabel(s));
    }

    @Test
    void reportedSpeechIsIndirectWithTheComplementAsText() {
        Statement s = extract("Ana Lopez said that the border would stay closed until June.").only();
        assertEquals(QuoteKind.INDIRECT, s.kind());
        assertEquals("the border would stay closed until June", s.text());
    }

    @Test
    void reportedSpeechWithAQuotedPhraseIsMixed() {
        Statement s = extract("Ana Lopez said the new tariff was \u201Ca grave mistake\u201D for the region.").only();
        assertEquals(QuoteKind.MIXED, s.kind());
        assertTrue(s.text().contains("grave mistake"), s.text());
    }

    @Test
    void threatToActIsAStatementOfTheThreatenedAct() {
        Statement s = extract("Ana Lopez threatened to cut gas supplies to the region.").only();
        assertEquals("threaten", s.cue());
        assertTrue(s.text().startsWith("cut gas supplies"), s.text());
    }

    @Test
    void pronounSpeakerIsTheLastPersonNamed() {
        Result r = extract("Ana Lopez arrived in Lima on Tuesday. She said the talks had failed.");
        Statement s = r.only();
        assertEquals("Ana Lopez", r.speakerLabel(s));
        assertTrue(s.confidence() < 0.9, "a speaker found through a pronoun is less certain");
    }

    @Test
    void cueAfterAQuestionQuoteNamesItsSpeaker() {
        Result r = extract("\u201CWho is going to pay for all of this damage?\u201D Senator Ana Lopez asked.");
        assertEquals("Ana Lopez", r.speakerLabel(r.only()));
    }

    @Test
    void channelAndRelativeDateAreResolved() {
        Statement s = extract("On Monday, Ana Lopez wrote on Telegram that the talks had failed.").only();
        assertEquals("Telegram", s.channel());
        assertEquals(LocalDate.of(2023, 5, 8), s.date(), "Monday before Wednesday 2023-05-10");
        Statement told = extract("Ana Lopez told Reuters that the talks had failed.").only();
        assertEquals("Reuters interview", told.channel());
        assertEquals(DATE, told.date(), "the article date when the sentence names none");
    }

    @Test
    void cueAfterTheReportedClauseTakesTheClause() {
        Result r = extract("The army will withdraw from the border next month, Ana Lopez warned on Friday.");
        Statement s = r.only();
        assertTrue(s.text().startsWith("The army will withdraw from the border"), s.text());
        assertEquals("Ana Lopez", r.speakerLabel(s));
    }

    @Test
    void denouncingSomethingReportsTheObject() {
        Statement s = extract("Ana Lopez denounced the sanctions imposed on her country last year.").only();
        assertTrue(s.text().startsWith("the sanctions imposed"), s.text());
    }

    @Test
    void aStatesBodyCanSpeak() {
        Result r = extract("Japan's foreign ministry said the envoy would return to Seoul.");
        assertEquals("organization/Q17-foreign-ministry", r.only().speaker());
    }

    @Test
    void quoteWithoutAnySpeakerIsKeptWithLowConfidenceAndNoSpeaker() {
        Result r = extract("The report was short.\n\n\u201CNothing about this process has been fair to anyone.\u201D");
        Statement s = r.only();
        assertNull(s.speaker());
        assertTrue(s.confidence() <= 0.3);
    }

    @Test
    void actorsNamedInsideTheWordsAreWhatTheStatementIsAbout() {
        Statement s = extract("Ana Lopez said that Brazil would send aid to Peru.").only();
        assertTrue(s.about().containsAll(List.of("Q155", "Q419")), s.about().toString());
    }
}
