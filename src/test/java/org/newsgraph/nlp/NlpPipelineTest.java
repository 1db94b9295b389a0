package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.List;
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
    void demonymsAndPartyMembersAreMiscMentionsFromTheGazetteer() {
        AnalyzedText analyzed = NlpPipeline.shared().analyze(
                "South Korean officials met Afghan envoys, and Republicans and Democrats welcomed it.",
                LocalDate.of(2023, 4, 1));
        List<String> misc = analyzed.mentions().stream().filter(m -> m.nerType().equals("MISC"))
                .map(EntityMention::text).toList();
        assertEquals(List.of("South Korean", "Afghan", "Republicans", "Democrats"), misc);
    }

    @Test
    void aDemonymEndingALongerNameIsWidenedToTheName() {
        AnalyzedText analyzed = NlpPipeline.shared().analyze(
                "He defended the rights of Native Americans, and Russian officials objected.", LocalDate.of(2023, 4, 1));
        List<String> misc = analyzed.mentions().stream().filter(m -> m.nerType().equals("MISC"))
                .map(EntityMention::text).toList();
        assertEquals(List.of("Native Americans", "Russian"), misc);
        AnalyzedText place = NlpPipeline.shared().analyze(
                "Columbus cut off the hands of natives in Haiti and the Dominican Republic.", LocalDate.of(2023, 4, 1));
        assertTrue(place.mentions().stream().anyMatch(m -> m.text().equals("Dominican Republic")
                && m.nerType().equals("LOCATION")), place.mentions().toString());
        assertEquals("MISC", analyzed.sentences().get(0).tokens().get(5).ner(), "Native");
    }

    @Test
    void aQuestionsModalIsNoPartOfTheNameAfterIt() {
        AnalyzedText analyzed = NlpPipeline.shared().analyze("Will Trump go to jail?", LocalDate.of(2023, 4, 1));
        assertTrue(analyzed.mentions().stream().anyMatch(m -> m.text().equals("Trump") && m.tokenBegin() == 1),
                analyzed.mentions().toString());
        assertTrue(analyzed.mentions().stream().noneMatch(m -> m.text().startsWith("Will")), analyzed.mentions().toString());
    }

    @Test
    void aPersonsNameEndsBeforeAVerbInLowerCase() {
        // the NER model sometimes tags "Charles is king" whole as one person
        List<CoreLabel> labels = TaggedTokens.of("Now/RB that/IN Charles/NNP is/VBZ king/NN ,/,");
        labels.get(3).setLemma("be");
        assertEquals(3, NlpPipeline.nameEnd(labels, 2, 5));
        assertEquals(3, NlpPipeline.nameEnd(TaggedTokens.of("Will/NNP Smith/NNP Jr./NNP said/VBD"), 0, 3));
        assertEquals(2, NlpPipeline.nameEnd(TaggedTokens.of("Will/MD Smith/NNP"), 0, 2));
        // a particle of a Portuguese name is no verb, whatever its tag
        assertEquals(4, NlpPipeline.nameEnd(TaggedTokens.of("Maxciel/NNP Pereira/NNP dos/VBZ Santos/NNP"), 0, 4));
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
