package org.newsgraph.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.LearnedCues;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.attribution.CueModel;

class StatementConfidenceTest {
    private static final String TEXT = "He said the talks had stalled. “We will not go,” the minister fumed.";
    private static final ReportingCues CUES = new ReportingCues(LearnedCues.load(), CueModel.shared());

    private static Statement statement(String speaker, QuoteKind kind, String cue, Span words, double confidence, Span phrase) {
        return new Statement(speaker, TEXT.substring(words.begin(), words.end()), kind, cue, null, null, List.of(),
                TEXT, words, confidence, phrase);
    }

    @Test
    void featuresSayHowTheStatementWasFound() {
        Statement pronoun = statement("p1", QuoteKind.INDIRECT, "say", new Span(8, 29), 0.75, new Span(0, 2));
        assertEquals(List.of("bias", "kind=indirect", "cue=speech-verb", "kind+cue=indirect/speech-verb", "cue-lemma=say",
                "speaker=actor", "resolution=0.75", "phrase=pronoun", "phrase+speaker=pronoun/actor", "words=4-8"),
                StatementConfidence.rules(CUES).features(pronoun, TEXT));
        Statement description = statement(null, QuoteKind.DIRECT, "fume", new Span(32, 46), 0.3, new Span(49, 61));
        List<String> f = StatementConfidence.rules(CUES).features(description, TEXT);
        assertTrue(f.containsAll(List.of("cue=other-verb", "speaker=none", "phrase=description", "words=4-8")), f.toString());
    }

    @Test
    void theRulesLeaveTheConfidenceAndTheModelGivesAProbability() {
        Statement s = statement("p1", QuoteKind.INDIRECT, "say", new Span(8, 29), 0.75, new Span(0, 2));
        assertEquals(0.75, StatementConfidence.rules(CUES).apply(s, TEXT).confidence());
        double learned = StatementConfidence.learned(CUES).apply(s, TEXT).confidence();
        assertTrue(learned > 0 && learned < 1 && learned != 0.75, "learned " + learned);
        assertEquals(s.withConfidence(learned), StatementConfidence.learned(CUES).apply(s, TEXT));
    }
}
