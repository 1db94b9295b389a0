package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
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
    private static int rootPos;
    private static int nullPos;

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
        @SuppressWarnings("unchecked")
        Map<String, Integer> posIds = (Map<String, Integer>) field(parser, "posIDs");
        rootPos = posIds.get(Config.ROOT);
        nullPos = posIds.get(Config.NULL);
    }

    @Test
    void parsesAreThoseOfCoreNlp() throws ReflectiveOperationException {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation text = new Annotation("The foreign minister, who arrived late, said on Monday that the talks "
                + "would resume.\nRebels shelled the town twice.\n\"We will not give up,\" she told reporters "
                + "in a briefing after the vote.\nPeace.\nAn unusually sesquipedalian interlocutor obfuscated.");
        new StanfordCoreNLP(props).annotate(text);
        List<CoreMap> sentences = text.get(CoreAnnotations.SentencesAnnotation.class);
        List<String> expected = new ArrayList<>();
        for (CoreMap sentence : sentences) expected.add(parser.predict(sentence).typedDependencies().toString());
        Field classifier = DependencyParser.class.getDeclaredField("classifier");
        classifier.setAccessible(true);
        classifier.set(parser, ParserScoring.fastScorerFor(parser, 50));
        try {
            List<String> actual = new ArrayList<>();
            for (CoreMap sentence : sentences) actual.add(parser.predict(sentence).typedDependencies().toString());
            assertEquals(expected, actual);
        } finally {
            classifier.set(parser, original);
        }
    }

    @Test
    void scoresAreBitForBitThoseOfCoreNlpWhereTheParserHasAChoice() {
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
            // Parts of speech of stack tops 1 and 0: skip states with a single legal transition.
            if (feature[19] == rootPos || feature[19] == nullPos || feature[20] == rootPos) continue;
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
