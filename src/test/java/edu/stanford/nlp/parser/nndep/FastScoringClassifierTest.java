package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.ParserScoring;

/** The fast scorer must give exactly CoreNLP's numbers: same parses, not merely similar ones. */
class FastScoringClassifierTest {
    private static Classifier original;
    private static Map<Integer, Integer> precomputedIndex;
    private static int numTokens;
    private static int vocabulary;
    private static DependencyParser parser;

    @BeforeAll
    static void loadAFreshParser() throws ReflectiveOperationException {
        // Not DependencyParser.loadFromModelFile: its cached instance may already score fast.
        parser = new DependencyParser(new Properties());
        parser.loadModelFile(DependencyParser.DEFAULT_MODEL);
        original = (Classifier) field(parser, "classifier");
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> index = (Map<Integer, Integer>) field(original, "preMap");
        precomputedIndex = index;
        vocabulary = original.getE().length;
        numTokens = original.getW1()[0].length / original.getE()[0].length;
    }

    @Test
    void scoresAreBitForBitThoseOfCoreNlp() {
        // A small slice cache, so that cached, uncached and precomputed inputs are all exercised.
        FastScoringClassifier fast = ParserScoring.fastScorerFor(parser, 200);
        List<Integer> precomputedKeys = new ArrayList<>(precomputedIndex.keySet());
        Random random = new Random(7);
        List<int[]> features = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            int[] feature = new int[numTokens];
            for (int j = 0; j < numTokens; j++) {
                feature[j] = random.nextBoolean() ? random.nextInt(vocabulary) : precomputedToken(precomputedKeys, j, random);
            }
            features.add(feature);
        }
        for (int round = 0; round < 2; round++) {
            for (int[] feature : features) {
                assertArrayEquals(original.computeScores(feature), fast.computeScores(feature), 0.0);
            }
        }
    }

    /** A token whose slice at position j is precomputed, or a random one when none is. */
    private static int precomputedToken(List<Integer> keys, int position, Random random) {
        for (int tries = 0; tries < 200; tries++) {
            int key = keys.get(random.nextInt(keys.size()));
            if (key % numTokens == position) return key / numTokens;
        }
        return random.nextInt(vocabulary);
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
