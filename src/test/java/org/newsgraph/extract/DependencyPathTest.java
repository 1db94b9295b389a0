package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

class DependencyPathTest {
    /** "Ana condemned Bo 's plan ." with hand-made dependencies. */
    private static ParsedSentence sentence() {
        String text = "Ana condemned Bo 's plan .";
        String[] words = text.split(" ");
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], words[i].toLowerCase(), i == 1 ? "VBD" : "NN", "O", null,
                    offset, offset + words[i].length()));
            offset += words[i].length() + 1;
        }
        List<Dependency> deps = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj:xsubj"),
                new Dependency(1, 4, "obj"), new Dependency(4, 2, "nmod:poss"), new Dependency(2, 3, "case"),
                new Dependency(1, 5, "punct"));
        return new ParsedSentence(new Sentence(0, 0, text.length(), tokens, deps), text);
    }

    @Test
    void followsEveryStep() {
        assertEquals(List.of(2), DependencyPath.parse("obj>nmod:poss").follow(sentence(), 1));
        assertEquals(List.of(), DependencyPath.parse("obj>nmod:of").follow(sentence(), 1));
    }

    @Test
    void aCaretGoesUpToTheGovernor() {
        // from "plan" up to the verb it is the object of, then down to that verb's subject
        assertEquals(List.of(0), DependencyPath.parse("^obj>nsubj").follow(sentence(), 4));
        assertEquals(List.of(), DependencyPath.parse("^nsubj").follow(sentence(), 4));
    }

    @Test
    void subjectTakesTheControlledSubjectButSubtypesAreExact() {
        assertEquals(List.of(0), DependencyPath.parse("nsubj").follow(sentence(), 1));
        assertEquals(List.of(), DependencyPath.parse("nmod").follow(sentence(), 4));
    }

    @Test
    void starTakesAnyRelationButPunctuation() {
        assertEquals(List.of(0, 4), DependencyPath.parse("*").follow(sentence(), 1));
    }
}
