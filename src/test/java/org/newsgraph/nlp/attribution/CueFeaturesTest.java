package org.newsgraph.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.junit.jupiter.api.Test;

/** The cue model's features, on sentences parsed by hand (no language models needed). */
class CueFeaturesTest {
    /** Tokens "word/lemma/POS/NER" separated by spaces; dependencies "relation governor dependent". */
    static Sentence sentence(String tokens, String... dependencies) {
        List<Token> list = new ArrayList<>();
        int offset = 0;
        for (String t : tokens.split(" ")) {
            String[] f = t.split("/");
            list.add(new Token(list.size(), f[0], f[1], f[2], f.length > 3 ? f[3] : "O", null, offset, offset + f[0].length()));
            offset += f[0].length() + 1;
        }
        List<Dependency> deps = new ArrayList<>();
        for (String d : dependencies) {
            String[] f = d.split(" ");
            deps.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
        }
        return new Sentence(0, 0, offset, list, deps);
    }

    // "Officials said that talks failed ."
    private final Sentence reported = sentence("Officials/official/NNS said/say/VBD that/that/IN talks/talk/NNS failed/fail/VBD ./././",
            "root -1 1", "nsubj 1 0", "ccomp 1 4", "mark 4 2", "nsubj 4 3", "punct 1 5");

    @Test
    void aReportingVerbWithItsClauseAndSpeaker() {
        List<String> f = CueFeatures.of(reported, 1);
        assertTrue(f.containsAll(List.of("bias", "lemma=say", "pos=VBD", "in=root", "child=ccomp", "ccomp=that",
                "subject=animate-noun", "lemma+complement=say/ccomp")), f.toString());
    }

    @Test
    void theClauseVerbIsJudgedByItsOwnPlace() {
        List<String> f = CueFeatures.of(reported, 4);
        assertTrue(f.containsAll(List.of("lemma=fail", "in=ccomp", "complements=none", "subject=noun", "near-end")), f.toString());
        assertFalse(f.contains("ccomp=that"));
    }

    @Test
    void aVerbAfterAClosingQuoteAndComma() {
        // “ Talks failed , ” he said .
        Sentence s = sentence("“/“/`` Talks/talk/NNS failed/fail/VBD ,/,/, ”/”/'' he/he/PRP said/say/VBD ./././",
                "root -1 2", "nsubj 2 1", "parataxis 2 6", "nsubj 6 5", "punct 2 7");
        List<String> f = CueFeatures.of(s, 6);
        assertTrue(f.containsAll(List.of("after-quote", "comma-before", "in=parataxis", "lemma+in=say/parataxis",
                "subject=pronoun-person", "near-end")), f.toString());
        assertTrue(CueFeatures.of(s, 2).contains("inside-quote"));
    }

    @Test
    void onlyVerbsAreCandidates() {
        assertTrue(CueFeatures.isCandidate(reported, 1));
        assertFalse(CueFeatures.isCandidate(reported, 0));
    }
}
