package org.newsgraph.bench.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;

class NewsgraphStatementsTest {

    @Test
    void contentIsTheStatementSpanAndSpeakerSpansAreTheSpeakersMentions() {
        List<Span> mentions = List.of(new Span(0, 8), new Span(40, 44));
        Actor speaker = new Actor("person/mia-chen", ActorType.PERSON, "Mia Chen", Set.of("Mia Chen", "Chen"), null,
                null, null, null, null, 1.0, mentions);
        Extraction extraction = new Extraction(new Article("a", "text", null, null, null, null, null), List.of(speaker),
                List.of(statement("person/mia-chen", new Span(14, 30)), statement(null, new Span(50, 60))),
                List.of());

        List<ExtractedStatement> statements = NewsgraphStatements.of(extraction);

        assertEquals(List.of(new ExtractedStatement(new Span(14, 30), true, mentions),
                ExtractedStatement.unattributed(new Span(50, 60))), statements);
    }

    @Test
    void theSpeakerPhraseOfTheAttributionIsASpeakerSpanToo() {
        List<Span> mentions = List.of(new Span(0, 8));
        Actor speaker = new Actor("person/mia-chen", ActorType.PERSON, "Mia Chen", Set.of("Mia Chen"), null,
                null, null, null, null, 1.0, mentions);
        Statement saidByShe = new Statement("person/mia-chen", "words", QuoteKind.DIRECT, "say", null,
                LocalDate.of(2020, 1, 1), List.of(), "evidence", new Span(20, 30), 0.75, new Span(32, 35));
        Extraction extraction = new Extraction(new Article("a", "text", null, null, null, null, null), List.of(speaker),
                List.of(saidByShe), List.of());

        assertEquals(List.of(new ExtractedStatement(new Span(20, 30), true, List.of(new Span(0, 8), new Span(32, 35)))),
                NewsgraphStatements.of(extraction));
    }

    private static Statement statement(String speaker, Span span) {
        return new Statement(speaker, "words", QuoteKind.INDIRECT, "say", null, LocalDate.of(2020, 1, 1), List.of(),
                "evidence", span, 0.9);
    }
}
