package org.newsgraph.nlp.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticModelTest {
    @Test
    void probabilityIsTheLogisticOfTheSummedWeights() {
        LogisticModel model = new LogisticModel(Map.of("bias", -1.0, "lemma=say", 3.0));
        assertEquals(1 / (1 + Math.exp(-2.0)), model.probability(List.of("bias", "lemma=say")), 1e-12);
        // a feature the model never saw weighs nothing
        assertEquals(1 / (1 + Math.exp(1.0)), model.probability(List.of("bias", "lemma=unseen")), 1e-12);
    }

    @Test
    void theTableReadsBackAsTheSameModel() {
        LogisticModel model = new LogisticModel(Map.of("bias", -1.25, "child=ccomp", 2.5, "lemma=find", -0.125));
        List<String> lines = new ArrayList<>(List.of("# a comment"));
        lines.addAll(model.format());
        LogisticModel read = LogisticModel.fromLines(lines);
        assertEquals(model.format(), read.format());
        assertEquals("child=ccomp\t2.50000", model.format().get(1), "strongest weight first");
    }

    @Test
    void trainingLearnsWhatSeparatesCuesFromOtherVerbs() {
        List<LabeledExample> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new LabeledExample(List.of("bias", "child=ccomp", "subject=animate-noun"), true));
            examples.add(new LabeledExample(List.of("bias", "child=obj", "subject=animate-noun"), false));
            examples.add(new LabeledExample(List.of("bias", "child=obj", "subject=noun"), false));
        }
        examples.add(new LabeledExample(List.of("bias", "child=ccomp", "subject=noun"), false));
        LogisticModel model = new LogisticTrainer(1.0).train(examples);
        double clause = model.probability(List.of("bias", "child=ccomp", "subject=animate-noun"));
        double object = model.probability(List.of("bias", "child=obj", "subject=animate-noun"));
        assertTrue(clause > 0.9 && object < 0.1, clause + " / " + object);
    }
}
