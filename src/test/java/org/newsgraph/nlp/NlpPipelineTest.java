package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {

    @Test
    void findsPeopleOrganizationsAndResolvesRelativeDates() {
        String text = "On Friday, Canadian Prime Minister Justin Trudeau met NATO officials in Ottawa.\n"
                + "The talks lasted two hours.";
        AnalyzedText analyzed = NlpPipeline.shared().analyze(text, LocalDate.of(2022, 3, 9));

        assertEquals(2, analyzed.sentences().size());
        assertTrue(analyzed.mentions().stream()
                .anyMatch(m -> m.text().equals("Justin Trudeau") && m.nerType().equals("PERSON")));
        Token friday = analyzed.sentences().get(0).tokens().get(1);
        assertEquals("Friday", friday.word());
        // SUTime reads the weekday against the document date: the Friday next to Wednesday 2022-03-09.
        LocalDate resolved = LocalDate.parse(friday.normalized());
        assertEquals(java.time.DayOfWeek.FRIDAY, resolved.getDayOfWeek());
        assertTrue(Math.abs(resolved.toEpochDay() - LocalDate.of(2022, 3, 9).toEpochDay()) < 7, resolved.toString());
        EntityMention trudeau = analyzed.mentions().stream()
                .filter(m -> m.text().equals("Justin Trudeau")).findFirst().orElseThrow();
        assertEquals("Justin Trudeau", text.substring(trudeau.begin(), trudeau.end()));
    }

    @Test
    void aQuestionsModalIsNoPartOfTheNameAfterIt() {
        AnalyzedText analyzed = NlpPipeline.shared().analyze("Will Trump go to jail?", LocalDate.of(2023, 4, 1));
        assertTrue(analyzed.mentions().stream().anyMatch(m -> m.text().equals("Trump") && m.tokenBegin() == 1),
                analyzed.mentions().toString());
        assertTrue(analyzed.mentions().stream().noneMatch(m -> m.text().startsWith("Will")), analyzed.mentions().toString());
    }

    @Test
    void keepsDependencyEdgesWithTokenIndexes() {
        AnalyzedText analyzed = NlpPipeline.shared().analyze("The minister criticized the plan.", null);
        Sentence sentence = analyzed.sentences().get(0);
        assertTrue(sentence.dependencies().stream().anyMatch(d ->
                d.relation().equals("nsubj") && sentence.tokens().get(d.governor()).lemma().equals("criticize")
                        && sentence.tokens().get(d.dependent()).word().equals("minister")));
    }
}
