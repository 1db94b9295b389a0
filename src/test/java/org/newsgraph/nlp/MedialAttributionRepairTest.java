package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of an attribution set between commas inside the clause it reports, on hand-built parses. */
class MedialAttributionRepairTest {

    /** "The change , Smith said , came late": 0 The, 1 change, 2 ",", 3 Smith, 4 said, 5 ",", 6 came, 7 late. */
    @Test
    void aNameInAppositionBeforeTheVerbIsTheSpeaker() {
        List<Dependency> repaired = repaired("The/DT change/NN ,/, Smith/NNP said|say/VBD ,/, came|come/VBD late/RB",
                new Dependency(-1, 4, "root"), new Dependency(1, 0, "det"), new Dependency(1, 2, "punct"),
                new Dependency(1, 3, "appos"), new Dependency(4, 1, "nsubj"), new Dependency(4, 5, "punct"),
                new Dependency(4, 6, "dep"), new Dependency(6, 7, "advmod"));
        assertReadAsParenthetical(repaired, 6, 4, 1, 3);
        assertFalse(repaired.contains(new Dependency(1, 3, "appos")), repaired.toString());
    }

    /** "The vote , the minister said on Tuesday , was bad": two subjects of the verb, the second the speaker. */
    @Test
    void aSecondSubjectBeforeTheVerbIsTheSpeaker() {
        List<Dependency> repaired = repaired(
                "The/DT vote/NN ,/, the/DT minister/NN said|say/VBD on/IN Tuesday/NNP ,/, was|be/VBD bad/JJ",
                new Dependency(-1, 5, "root"), new Dependency(1, 0, "det"), new Dependency(5, 1, "nsubj"),
                new Dependency(5, 2, "punct"), new Dependency(4, 3, "det"), new Dependency(5, 4, "nsubj"),
                new Dependency(5, 7, "obl:on"), new Dependency(7, 6, "case"), new Dependency(5, 8, "punct"),
                new Dependency(5, 10, "dep"), new Dependency(10, 9, "cop"));
        assertReadAsParenthetical(repaired, 10, 5, 1, 4);
    }

    /** "The talks , said an official , had stalled": the speaker after the verb, read as its object. */
    @Test
    void aSpeakerAfterTheVerbOfSayingIsTheSpeaker() {
        List<Dependency> repaired = repaired("The/DT talks/NNS ,/, said|say/VBD an/DT official/NN ,/, had|have/VBD stalled|stall/VBN",
                new Dependency(-1, 3, "root"), new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj"),
                new Dependency(3, 2, "punct"), new Dependency(3, 5, "obj"), new Dependency(5, 4, "det"),
                new Dependency(3, 6, "punct"), new Dependency(3, 8, "dep"), new Dependency(8, 7, "aux"));
        assertReadAsParenthetical(repaired, 8, 3, 1, 5);
    }

    /** "The drive , said the Nation , could be a ploy": the speaker read as the subject of the rest. */
    @Test
    void aSpeakerReadAsTheSubjectOfTheRestIsTheSpeaker() {
        List<Dependency> repaired = repaired(
                "The/DT drive/NN ,/, said|say/VBD the/DT Nation/NNP ,/, could/MD be/VB a/DT ploy/NN",
                new Dependency(-1, 3, "root"), new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj"),
                new Dependency(3, 2, "punct"), new Dependency(3, 10, "ccomp"), new Dependency(10, 5, "nsubj"),
                new Dependency(5, 4, "det"), new Dependency(10, 6, "punct"), new Dependency(10, 7, "aux"),
                new Dependency(10, 8, "cop"), new Dependency(10, 9, "det"));
        assertReadAsParenthetical(repaired, 10, 3, 1, 5);
        assertFalse(repaired.contains(new Dependency(10, 5, "nsubj")), repaired.toString());
    }

    /** "The president , Smith , has rejected the offer , asking for talks": a verb with an object reports nothing. */
    @Test
    void aVerbWithAnObjectOfItsOwnStays() {
        assertLeftAsParsed("The/DT president/NN ,/, Smith/NNP ,/, has/VBZ rejected|reject/VBN the/DT offer/NN ,/, asking|ask/VBG talks/NNS",
                new Dependency(-1, 6, "root"), new Dependency(1, 0, "det"), new Dependency(6, 1, "nsubj"),
                new Dependency(1, 2, "punct"), new Dependency(1, 3, "appos"), new Dependency(1, 4, "punct"),
                new Dependency(6, 5, "aux"), new Dependency(6, 8, "obj"), new Dependency(8, 7, "det"),
                new Dependency(6, 9, "punct"), new Dependency(6, 10, "dep"), new Dependency(10, 11, "obj"));
    }

    /** "Women , called the first group , fared better": a verb that names is no verb of saying put before a speaker. */
    @Test
    void aVerbThatNamesStays() {
        assertLeftAsParsed("Women/NNS ,/, called|call/VBD the/DT group/NN ,/, fared|fare/VBD better/RBR",
                new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "punct"),
                new Dependency(2, 4, "obj"), new Dependency(4, 3, "det"), new Dependency(2, 5, "punct"),
                new Dependency(2, 6, "dep"), new Dependency(6, 7, "advmod"));
    }

    /** The statement of the rest of the clause: it is the root, the verb its parenthetical with the speaker. */
    private static void assertReadAsParenthetical(List<Dependency> repaired, int rest, int verb, int subject, int speaker) {
        assertTrue(repaired.contains(new Dependency(-1, rest, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(rest, verb, "parataxis")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(rest, subject, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(verb, speaker, "nsubj")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(verb, subject, "nsubj")), repaired.toString());
    }

    private static List<Dependency> repaired(String tagged, Dependency... parse) {
        return MedialAttributionRepair.repair(TaggedTokens.tokens(tagged), List.of(parse));
    }

    private static void assertLeftAsParsed(String tagged, Dependency... parse) {
        assertEquals(List.of(parse), repaired(tagged, parse));
    }
}
