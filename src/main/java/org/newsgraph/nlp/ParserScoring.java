package org.newsgraph.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.FastScoringClassifier;
import java.util.Map;

/**
 * Gives a loaded dependency parser the faster network scoring of {@link FastScoringClassifier}:
 * the same parses, about three times less parser CPU (docs/performance.md).
 */
public final class ParserScoring {
    private ParserScoring() {
    }

    /** Replaces the parser's classifier; does nothing when it has been replaced already. */
    public static void install(DependencyParser parser, int sliceCacheLimit) {
        // CoreNLP caches loaded parsers: a second pipeline in the same JVM gets the same one.
        if (Reflection.read(parser, "classifier") instanceof FastScoringClassifier) return;
        Reflection.write(parser, "classifier", fastScorerFor(parser, sliceCacheLimit));
    }

    /** A fast classifier over the weights of the parser's own (original) classifier. */
    public static FastScoringClassifier fastScorerFor(DependencyParser parser, int sliceCacheLimit) {
        Classifier original = Reflection.read(parser, "classifier");
        Config config = Reflection.read(parser, "config");
        Map<String, Integer> posIds = Reflection.read(parser, "posIDs");
        return new FastScoringClassifier(config, original, Reflection.read(original, "saved"),
                Reflection.read(original, "preMap"), sliceCacheLimit, posIds.get(Config.ROOT), posIds.get(Config.NULL));
    }
}
