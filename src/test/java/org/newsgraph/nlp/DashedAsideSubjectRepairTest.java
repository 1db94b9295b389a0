package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a verb left without its subject across an aside set off by dashes, on hand-built parses. */
class DashedAsideSubjectRepairTest {
    @Test
    void theNounBeforeTheAsideIsTheSubjectOfTheVerbAfterIt() {
        // "the movement – the largest party – withdrew its support"
        List<Token> tokens = TaggedTokens.tokens("the/DT movement/NN –/: the/DT largest/JJS party/NN –/: withdrew/VBD its/PRP$ support/NN");
        List<Dependency> parse = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "det"),
                new Dependency(1, 5, "dep"), new Dependency(1, 7, "acl"), new Dependency(7, 9, "obj"));
        assertTrue(DashedAsideSubjectRepair.repair(tokens, parse).contains(new Dependency(7, 1, "nsubj")));
    }

    @Test
    void theSubjectIsTheHeadOfThePhraseBeforeTheAsideAndPassiveWhereTheVerbIs() {
        // "the ruling from the judges – two of them new – was made in May": the ruling was made
        List<Token> tokens = TaggedTokens.tokens("the/DT ruling/NN from/IN the/DT judges/NNS –/: two/CD of/IN them/PRP new/JJ –/: "
                + "was/VBD made/VBN in/IN May/NNP");
        List<Dependency> parse = List.of(new Dependency(-1, 12, "root"), new Dependency(1, 4, "nmod:from"),
                new Dependency(4, 6, "dep"), new Dependency(12, 11, "aux:pass"), new Dependency(12, 14, "obl:in"));
        assertTrue(DashedAsideSubjectRepair.repair(tokens, parse).contains(new Dependency(12, 1, "nsubj:pass")));
    }

    @Test
    void aVerbWithASubjectKeepsIt() {
        // "Lopez – a lawyer – said she would stay": the parser found the subject
        List<Token> tokens = TaggedTokens.tokens("Lopez/NNP –/: a/DT lawyer/NN –/: said/VBD she/PRP would/MD stay/VB");
        List<Dependency> parse = List.of(new Dependency(-1, 5, "root"), new Dependency(5, 0, "nsubj"),
                new Dependency(0, 3, "appos"), new Dependency(5, 8, "ccomp"), new Dependency(8, 6, "nsubj"));
        assertEquals(parse, DashedAsideSubjectRepair.repair(tokens, parse));
    }
}
