package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWindowClassifierTest {

    @Test
    void anchorsAreWrittenDatesAndDateWords() {
        for (String word : List.of("2022", "1990s", "3rd", "21st", "3/4/2022", "2022-03-04", "10:30", "'90s", "March",
                "Sept.", "WEDNESDAY", "yesterday", "ago", "weeks", "minutes", "five-day", "mid-March", "morning", "Christmas")) {
            assertTrue(TimeWindowClassifier.isAnchor(word), word);
        }
        for (String word : List.of("minister", "said", "Ottawa", "talks", "well-known", "-", "", "one", "10", "$5",
                "million", "dollars", "%", "fifth", "two-thirds", "recently", "now")) {
            assertFalse(TimeWindowClassifier.isAnchor(word), word);
        }
    }

    @Test
    void datesFarApartInOneSentenceAreBothNormalised() {
        String text = "The ambassador, who had arrived in the capital on March 3, 2021, after a long and difficult "
                + "journey across several borders and through many checkpoints, said the embassy would reopen "
                + "in June 2023.";
        AnalyzedText analyzed = NlpPipeline.shared().analyze(text, LocalDate.of(2023, 5, 2));
        List<Token> tokens = analyzed.sentences().get(0).tokens();
        assertEquals("2021-03-03", tokenNamed(tokens, "March").normalized());
        assertEquals("2023-06", tokenNamed(tokens, "June").normalized());
        assertEquals("DATE", tokenNamed(tokens, "2021").ner());
    }

    @Test
    void relativeDatesAreStillRecognised() {
        AnalyzedText analyzed = NlpPipeline.shared().analyze(
                "Two days ago the ministry said prices rose sharply last year.", LocalDate.of(2023, 5, 2));
        List<Token> tokens = analyzed.sentences().get(0).tokens();
        assertEquals("2023-04-30", tokenNamed(tokens, "ago").normalized());
        assertEquals("2022", tokenNamed(tokens, "year").normalized());
    }

    @Test
    void amountsFarFromAnyDateAreNotTagged() {
        AnalyzedText analyzed = NlpPipeline.shared().analyze(
                "The ministry said the program employs one thousand workers and costs $5 million, 40% of its budget.",
                LocalDate.of(2023, 5, 2));
        for (Token t : analyzed.sentences().get(0).tokens()) {
            assertNull(t.normalized(), t.word());
            assertEquals("O", t.ner(), t.word());
        }
    }

    @Test
    void tokensFarFromAnyAnchorStayUntagged() {
        AnalyzedText analyzed = NlpPipeline.shared().analyze(
                "The foreign minister criticized the plan and warned against any escalation.", null);
        for (Token t : analyzed.sentences().get(0).tokens()) {
            assertNull(t.normalized(), t.word());
        }
    }

    private static Token tokenNamed(List<Token> tokens, String word) {
        return tokens.stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
    }
}
