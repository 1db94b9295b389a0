package org.newsgraph.bench.polnear;

import org.newsgraph.tools.polnear.GoldAttribution;
import org.newsgraph.tools.polnear.PolnearDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;

class ErrorProfileTest {
    // 0         1         2         3         4
    // 01234567890123456789012345678901234567890123
    private static final String TEXT = "Mia Chen said the port would close. He left.";

    @Test
    void countsARightSourceAndAStatementWithoutGoldContent() {
        GoldAttribution gold = new GoldAttribution("E1", List.of(new Span(14, 34)), List.of(new Span(0, 8)), false);
        PolnearDocument document = new PolnearDocument("d", TEXT, null, List.of(gold));
        Statement said = statement(new Span(14, 34), new Span(0, 8), "say");
        Statement left = statement(new Span(39, 44), new Span(36, 38), "say");
        List<ExtractedStatement> scored = List.of(
                new ExtractedStatement(said.span(), true, List.of(said.speakerPhrase())),
                new ExtractedStatement(left.span(), true, List.of(left.speakerPhrase())));

        ErrorProfile profile = new ErrorProfile();
        profile.add(document, List.of(said, left), scored);

        Map<String, Integer> counts = profile.counts();
        assertEquals(1, counts.get("recall/unquoted/right source"));
        assertEquals(1, counts.get("precision/right"));
        assertEquals(1, counts.get("precision/no gold content"));
        assertEquals(1, counts.get("precision/no gold content/phrase pronoun"));
    }

    @Test
    void namesTheFormAndPlaceOfASource() {
        assertEquals("pronoun", ErrorProfile.form(TEXT, new Span(36, 38)));
        assertEquals("name", ErrorProfile.form(TEXT, new Span(0, 8)));
        assertEquals("same paragraph, before", ErrorProfile.place(TEXT, new Span(0, 8), new Span(14, 34)));
    }

    private static Statement statement(Span span, Span phrase, String cue) {
        return new Statement(null, "words", QuoteKind.INDIRECT, cue, null, LocalDate.of(2020, 1, 1), List.of(),
                "evidence", span, 0.5, phrase);
    }
}
