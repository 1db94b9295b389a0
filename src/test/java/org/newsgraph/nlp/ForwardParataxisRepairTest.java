package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of a reporting verb the parser hung as a parenthetical from the clause it reports, on hand-built parses. */
class ForwardParataxisRepairTest {

    /** "Later , Smith says he is a fighter": 0 Later, 1 ",", 2 Smith, 3 says, 4 he, 5 is, 6 a, 7 fighter. */
    @Test
    void aVerbWithItsSubjectBeforeTheWholeClauseReportsIt() {
        List<Dependency> repaired = repaired("Later/RB ,/, Smith/NNP says/VBZ he/PRP is/VBZ a/DT fighter/NN",
                new Dependency(-1, 7, "root"), new Dependency(7, 3, "parataxis"), new Dependency(3, 0, "advmod"),
                new Dependency(3, 1, "punct"), new Dependency(3, 2, "nsubj"), new Dependency(7, 4, "nsubj"),
                new Dependency(7, 5, "cop"), new Dependency(7, 6, "det"));
        assertTrue(repaired.contains(new Dependency(-1, 3, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 7, "ccomp")), repaired.toString());
        assertFalse(repaired.stream().anyMatch(d -> d.relation().equals("parataxis")), repaired.toString());
    }

    /** "The plan , he said , is dead": a parenthetical inside its clause stays one. */
    @Test
    void aParentheticalInsideTheClauseStays() {
        assertLeftAsParsed("The/DT plan/NN ,/, he/PRP said/VBD ,/, is/VBZ dead/JJ",
                new Dependency(-1, 7, "root"), new Dependency(1, 0, "det"), new Dependency(7, 1, "nsubj"),
                new Dependency(7, 4, "parataxis"), new Dependency(4, 2, "punct"), new Dependency(4, 3, "nsubj"),
                new Dependency(4, 5, "punct"), new Dependency(7, 6, "cop"));
    }

    /** "Smith agreed, he is a fighter": with a comma after the verb it is no reporting verb of the clause. */
    @Test
    void aVerbWithACommaAfterItStays() {
        assertLeftAsParsed("Smith/NNP agreed/VBD ,/, he/PRP is/VBZ a/DT fighter/NN",
                new Dependency(-1, 6, "root"), new Dependency(6, 1, "parataxis"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "punct"), new Dependency(6, 3, "nsubj"), new Dependency(6, 4, "cop"),
                new Dependency(6, 5, "det"));
    }

    /** "“We know the plan is dead," Smith said": a verb inside quotation marks reports nothing of the article's. */
    @Test
    void aVerbInsideQuotationMarksStays() {
        assertLeftAsParsed("``/`` We/PRP know/VBP the/DT plan/NN is/VBZ dead/JJ ,/, ''/'' Smith/NNP said/VBD",
                new Dependency(-1, 10, "root"), new Dependency(10, 0, "punct"), new Dependency(10, 2, "parataxis"),
                new Dependency(2, 1, "nsubj"), new Dependency(10, 4, "nsubj"), new Dependency(4, 3, "det"),
                new Dependency(10, 5, "aux"), new Dependency(10, 9, "nsubj"));
    }

    private static List<Dependency> repaired(String tagged, Dependency... parse) {
        return ForwardParataxisRepair.repair(TaggedTokens.tokens(tagged), List.of(parse));
    }

    private static void assertLeftAsParsed(String tagged, Dependency... parse) {
        assertEquals(List.of(parse), repaired(tagged, parse));
    }
}
