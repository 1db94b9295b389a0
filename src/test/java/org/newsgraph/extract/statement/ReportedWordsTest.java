package org.newsgraph.extract.statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.LearnedCues;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;
import org.newsgraph.nlp.attribution.CueModel;

/** Where a cue's words are, on hand-built parses that hang the reported clause wrongly. */
class ReportedWordsTest {
    private static final ReportedWords WORDS = new ReportedWords(new ReportingCues(LearnedCues.load(), CueModel.shared()),
            new SpeakerSubjects(WordList.load("extract/position-words.txt")), new ArticleQuotes(List.of()));

    /** "The mayor said the rent was $ 900 ." with the copula hung under the object as acl. */
    @Test
    void aClauseVerbHungUnderTheObjectMakesTheObjectPhraseTheWords() {
        ParsedSentence s = sentence("The/DT mayor/NN said|say/VBD the/DT rent/NN was|be/VBD $/$ 900/CD ./.",
                new Dependency(-1, 2, "root"), new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
                new Dependency(2, 4, "obj"), new Dependency(4, 3, "det"), new Dependency(4, 5, "acl"),
                new Dependency(5, 6, "nsubj"), new Dependency(6, 7, "nummod"), new Dependency(2, 8, "punct"));
        assertEquals("the rent was $ 900", words(s, 2));
    }

    /** "She said the things he believed were wrong": the relative clause took the reported predicate. */
    @Test
    void aRelativeClauseThatSwallowedTheReportedPredicateStillGivesTheWords() {
        ParsedSentence s = sentence("She/PRP said|say/VBD the/DT things/NNS he/PRP believed|believe/VBD were|be/VBD wrong/JJ",
                new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 3, "obj"),
                new Dependency(3, 2, "det"), new Dependency(3, 5, "acl:relcl"), new Dependency(5, 4, "nsubj"),
                new Dependency(5, 7, "xcomp"), new Dependency(7, 6, "cop"));
        assertEquals("the things he believed were wrong", words(s, 1));
    }

    /** "She said the plan that failed" says a noun: a relative clause with its own subject is no lost clause. */
    @Test
    void aRelativeClauseWithItsOwnSubjectIsNoReportedClause() {
        ParsedSentence s = sentence("She/PRP said|say/VBD the/DT plan/NN that/WDT failed|fail/VBD",
                new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 3, "obj"),
                new Dependency(3, 2, "det"), new Dependency(3, 5, "acl:relcl"), new Dependency(5, 4, "nsubj"));
        assertEquals(Optional.empty(), WORDS.complement(s, 1));
    }

    /** "He told reporters the deal was done" hung so: the listener is no part of the words. */
    @Test
    void aListenerIsNoPartOfTheWords() {
        ParsedSentence s = sentence("He/PRP told|tell/VBD Ana/NNP the/DT deal/NN was|be/VBD done|do/VBN",
                new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"),
                new Dependency(2, 6, "acl"), new Dependency(6, 4, "nsubj:pass"), new Dependency(4, 3, "det"),
                new Dependency(6, 5, "aux:pass"));
        assertEquals(Optional.empty(), WORDS.complement(s, 1));
    }

    /** "The senator said the figures she saw were worse": the clause's subject taken for the cue's object. */
    @Test
    void anObjectRightBeforeTheClauseBeginsTheWords() {
        ParsedSentence s = sentence("The/DT senator/NN said|say/VBD the/DT figures/NNS she/PRP saw|see/VBD were|be/VBD worse/JJR",
                new Dependency(-1, 2, "root"), new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
                new Dependency(2, 4, "obj"), new Dependency(4, 3, "det"), new Dependency(2, 6, "ccomp"),
                new Dependency(6, 5, "nsubj"), new Dependency(6, 8, "dep"), new Dependency(8, 7, "cop"));
        assertEquals("the figures she saw were worse", words(s, 2));
    }

    /** "In a letter , Ana told members of the board that the vote was off": the "that" clause hung loose. */
    @Test
    void aThatClauseHungLooseAfterTheListenerIsTheWords() {
        ParsedSentence s = sentence("Ana/NNP told|tell/VBD members/NNS of/IN the/DT board/NN that/IN the/DT vote/NN was|be/VBD off/RP",
                new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"),
                new Dependency(2, 5, "nmod:of"), new Dependency(5, 3, "case"), new Dependency(5, 4, "det"),
                new Dependency(1, 10, "dep"), new Dependency(10, 6, "dep"), new Dependency(10, 8, "nsubj"),
                new Dependency(8, 7, "det"), new Dependency(10, 9, "cop"));
        assertEquals("the vote was off", words(s, 1));
    }

    /** "Like owners who fear losses , Hansen said he was digging": the fronted clause taken for a second complement. */
    @Test
    void aFrontedClauseBeforeTheSubjectIsNoWordsWhereAClauseFollowsTheCue() {
        ParsedSentence s = sentence("Like/IN owners/NNS who/WP fear|fear/VBP losses/NNS ,/, Hansen/NNP said|say/VBD he/PRP was|be/VBD digging|dig/VBG",
                new Dependency(-1, 7, "root"), new Dependency(1, 0, "case"), new Dependency(3, 1, "obl:like"),
                new Dependency(3, 2, "nsubj"), new Dependency(3, 4, "obj"), new Dependency(7, 3, "ccomp"),
                new Dependency(7, 5, "punct"), new Dependency(7, 6, "nsubj"), new Dependency(7, 10, "ccomp"),
                new Dependency(10, 8, "nsubj"), new Dependency(10, 9, "aux"));
        assertEquals("he was digging", words(s, 7));
    }

    /** "… losses , Hansen said in a letter , Ana reported": a clause not opened by its subject right after the cue keeps the first. */
    @Test
    void aClauseNotRightAfterTheCueLeavesTheFirstComplement() {
        ParsedSentence s = sentence("Owners/NNS fear|fear/VBP losses/NNS ,/, Hansen/NNP said|say/VBD in/IN a/DT letter/NN ,/, Ana/NNP reported|report/VBD",
                new Dependency(-1, 5, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"),
                new Dependency(5, 1, "ccomp"), new Dependency(5, 3, "punct"), new Dependency(5, 4, "nsubj"),
                new Dependency(5, 11, "ccomp"), new Dependency(11, 8, "obl:in"), new Dependency(8, 6, "case"),
                new Dependency(8, 7, "det"), new Dependency(11, 9, "punct"), new Dependency(11, 10, "nsubj"));
        assertEquals("Owners fear losses", words(s, 5));
    }

    /** "Still , Tad Devine , an adviser , said on Friday that the campaign would not quit": the name taken for a clause. */
    @Test
    void aNameTakenForAClauseBeforeTheCueIsNoWords() {
        ParsedSentence s = sentence("Still/RB ,/, Tad/NNP Devine/NNP ,/, an/DT adviser/NN ,/, said|say/VBD on/IN Friday/NNP that/IN the/DT "
                        + "campaign/NN would/MD not/RB quit/VB",
                new Dependency(-1, 8, "root"), new Dependency(8, 0, "advmod"), new Dependency(8, 1, "punct"),
                new Dependency(8, 3, "ccomp"), new Dependency(3, 2, "dep"), new Dependency(8, 4, "punct"),
                new Dependency(8, 6, "nsubj"), new Dependency(6, 5, "det"), new Dependency(8, 7, "punct"),
                new Dependency(8, 10, "obl:on"), new Dependency(10, 9, "case"),
                new Dependency(8, 16, "ccomp"), new Dependency(16, 11, "mark"), new Dependency(16, 13, "nsubj"),
                new Dependency(13, 12, "det"), new Dependency(16, 14, "aux"), new Dependency(16, 15, "advmod"));
        assertEquals("the campaign would not quit", words(s, 8));
    }

    /** "She believed the bank should raise rates": a modal makes the object's infinitive a clause. */
    @Test
    void anObjectWithAModalInfinitiveIsAClauseSaid() {
        ParsedSentence s = sentence("She/PRP believed|believe/VBD the/DT bank/NN should/MD raise/VB rates/NNS",
                new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 3, "obj"),
                new Dependency(3, 2, "det"), new Dependency(1, 5, "xcomp"), new Dependency(5, 4, "aux"),
                new Dependency(5, 6, "obj"));
        assertEquals("the bank should raise rates", words(s, 1));
    }

    private static String words(ParsedSentence s, int cue) {
        int[] bounds = WORDS.complement(s, cue).orElseThrow();
        return s.text(bounds[0], bounds[1]);
    }

    /** Tokens written "word/TAG" or "word|lemma/TAG", one space apart, with the given dependencies. */
    private static ParsedSentence sentence(String tagged, Dependency... dependencies) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String word = wt.substring(0, slash);
            int bar = word.indexOf('|');
            String lemma = bar < 0 ? word.toLowerCase() : word.substring(bar + 1);
            if (bar >= 0) word = word.substring(0, bar);
            if (text.length() > 0) text.append(' ');
            int begin = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), word, lemma, wt.substring(slash + 1), "O", null, begin, text.length()));
        }
        String string = text.toString();
        return new ParsedSentence(new Sentence(0, 0, string.length(), tokens, Arrays.asList(dependencies)), string);
    }
}
