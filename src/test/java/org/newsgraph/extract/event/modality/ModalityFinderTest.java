package org.newsgraph.extract.event.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.WordList;

/** What the words around one trigger say about its event, read off real parses of invented sentences. */
class ModalityFinderTest {
    private static final ModalityFinder FINDER = new ModalityFinder(ModalityCues.load(),
            WordList.load("extract/reporting-verbs.txt"), WordList.load("extract/event-light-verbs.txt"));

    /** The reading of the first token of {@code sentence} whose word is {@code trigger}. */
    private static ModalityReading read(String sentence, String trigger) {
        AnalyzedText analyzed = NlpPipeline.shared().analyze(sentence, LocalDate.of(2031, 3, 6));
        ParsedSentence s = new ParsedSentence(analyzed.sentences().get(0), sentence);
        int word = IntStream.range(0, s.size()).filter(i -> s.token(i).word().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError(trigger + " not in " + sentence));
        return FINDER.read(s, word);
    }

    @Test
    void aPlainPastActIsAsserted() {
        ModalityReading r = read("Chile sent food to Peru on Monday.", "sent");
        assertFalse(r.negated());
        assertFalse(r.hypothetical());
        assertFalse(r.planned());
        assertFalse(r.conditional());
    }

    @Test
    void notOnTheTriggerNegatesIt() {
        assertTrue(read("Chile did not send food to Peru.", "send").negated());
    }

    @Test
    void notJustOrNotOnlyLimitsTheWordAfterItAndTheActStands() {
        assertFalse(read("This is not just Chile's invasion of Peru.", "invasion").negated());
        assertFalse(read("Chile did not merely invade Peru.", "invade").negated());
        assertTrue(read("Chile did not invade Peru.", "invade").negated());
    }

    @Test
    void whatSomeoneMadeEffortsToBringAboutIsHypothetical() {
        assertTrue(read("Chile made efforts to get Peru to meet with Bolivia.", "meet").hypothetical());
        assertFalse(read("Chile's efforts to end the war were branded pathetic by Peru.", "branded").hypothetical());
    }

    @Test
    void aGerundAfterACueIsInItsScope() {
        assertTrue(read("Chile opposed sending troops to Peru.", "sending").negated());
        assertTrue(read("Chile considered sending troops to Peru.", "sending").hypothetical());
        assertFalse(read("Chile kept sending troops to Peru.", "sending").hypothetical());
        assertFalse(read("Chile rejected the resignation of its minister, instead asking him to meet Peru.", "asking").negated());
    }

    @Test
    void aModalMakesItHypothetical() {
        assertTrue(read("Chile might send food to Peru.", "send").hypothetical());
    }

    @Test
    void whatAPossibleCauseWouldBringAboutIsHypothetical() {
        assertTrue(read("Such a move could lead to a direct conflict between Chile and Peru.", "conflict").hypothetical());
        assertFalse(read("The shelling led to a war between Chile and Peru.", "war").hypothetical());
    }

    @Test
    void aCanceledEventDidNotHappen() {
        assertTrue(read("Because of his canceled trip to Peru, the minister stayed home.", "trip").negated());
        assertFalse(read("His trip to Peru was a success.", "trip").negated());
    }

    @Test
    void anOpenQuestionIsHypothetical() {
        assertTrue(read("It is unclear whether Chile attacked Peru.", "attacked").hypothetical());
        assertTrue(read("Chile will decide whether to send troops to Peru.", "send").hypothetical());
        assertFalse(read("Chile decided to send troops to Peru.", "send").hypothetical());
    }

    @Test
    void aRelativeClauseOfAPossibleThingIsHypothetical() {
        assertTrue(read("They discussed a potential deal in which Chile would supply Peru with jets.", "supply").hypothetical());
        assertFalse(read("They signed a deal in which Chile will supply Peru with jets.", "supply").hypothetical());
    }

    @Test
    void whatIsAvoidedOrRiskedIsHypothetical() {
        assertTrue(read("The deal can help avoid a war between Chile and Peru.", "war").hypothetical());
        assertTrue(read("Diplomats warned of the risk of a conflict between Chile and Peru.", "conflict").hypothetical());
        assertTrue(read("Lima needs to deter an invasion by Chile.", "invasion").hypothetical());
        assertTrue(read("The navy thwarted an attack on the port.", "attack").hypothetical());
        assertFalse(read("Chile and Peru fought a war in 1879.", "war").hypothetical());
    }

    @Test
    void whatACueHappensDespiteOrAfterHasHappened() {
        ModalityReading r = read("Chile vowed to fight on despite the resignations of its ministers.", "resignations");
        assertFalse(r.planned());
        assertTrue(r.wrappers().isEmpty(), r.toString());
    }

    @Test
    void whatACueHappensDuringOrInResponseToHasHappened() {
        ModalityReading during = read("During a phone call with Peru, Chile demanded security guarantees.", "call");
        assertFalse(during.hypothetical(), during.toString());
        assertTrue(during.wrappers().isEmpty(), during.toString());
        assertFalse(read("In response to the attack by Peru, Chile threatened sanctions.", "attack").hypothetical());
    }

    @Test
    void whatAClauseOfUntilWaitsForHasNotHappened() {
        assertTrue(read("Protests will go on until the president of Chile has stepped down.", "stepped").hypothetical());
        assertFalse(read("Protests went on until the president of Chile resigned.", "resigned").hypothetical());
    }

    @Test
    void willMakesItPlanned() {
        assertTrue(read("Chile will send food to Peru next week.", "send").planned());
    }

    @Test
    void anIfClauseUnderTheTriggerMakesItConditional() {
        ModalityReading r = read("Chile will cut its exports if Peru closes the border.", "cut");
        assertTrue(r.conditional());
        assertTrue(r.conditionHead() >= 0);
        assertFalse(r.antecedent());
    }

    @Test
    void theActInsideTheIfClauseIsTheAntecedent() {
        assertTrue(read("Chile will cut its exports if Peru closes the border.", "closes").antecedent());
    }

    @Test
    void aGoverningThreatVerbIsAWrapper() {
        ModalityReading r = read("Chile threatened to cut its exports to Peru.", "cut");
        assertEquals(1, r.wrappers().size());
        assertEquals("threatened", wordOf("Chile threatened to cut its exports to Peru.", r.wrappers().get(0).word()));
    }

    @Test
    void aRefusalIsNotANegationOfTheCueItself() {
        ModalityReading r = read("Chile refused to send food to Peru.", "send");
        assertTrue(r.negated());
    }

    private static String wordOf(String sentence, int index) {
        AnalyzedText analyzed = NlpPipeline.shared().analyze(sentence, LocalDate.of(2031, 3, 6));
        return new ParsedSentence(analyzed.sentences().get(0), sentence).token(index).word();
    }
}
