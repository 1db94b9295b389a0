package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishTextTest {
    @Test
    void englishProseIsEnglish() {
        String text = ("The delegation said on Tuesday that it would return to the talks after the holiday, and that"
                + " the other side had not yet answered its proposal. Officials from both countries were expected"
                + " to meet in the capital later this month. ").repeat(3);
        assertTrue(EnglishText.problem(text).isEmpty());
    }

    @Test
    void shortTextsAndListsOfNamesAreNotJudged() {
        assertTrue(EnglishText.problem("Московские новости").isEmpty());
        assertTrue(EnglishText.problem("Berlin Paris Madrid Lisboa Roma Wien").isEmpty());
    }

    @Test
    void otherScriptsAreNamed() {
        String text = "Министр иностранных дел заявил во вторник, что переговоры продолжатся на следующей неделе. "
                .repeat(4);
        String problem = EnglishText.problem(text).orElseThrow();
        assertTrue(problem.contains("cyrillic") && problem.contains("English version"), problem);
    }

    @Test
    void latinScriptLanguagesAreTold() {
        String text = ("Der Außenminister erklärte am Dienstag, dass die Gespräche nach den Feiertagen fortgesetzt"
                + " werden sollen und dass die Gegenseite noch keine Antwort auf den Vorschlag gegeben habe. ").repeat(4);
        String problem = EnglishText.problem(text).orElseThrow();
        assertTrue(problem.contains("does not look like English"), problem);
    }
}
