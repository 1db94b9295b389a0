package edu.stanford.nlp.parser.nndep;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;

/**
 * The scoring half of CoreNLP's neural dependency parser, computed faster, giving the same parses:
 * bit-identical scores wherever the parser has a choice to make.
 *
 * <p>Why it exists: the parser was about half of newsgraph's CPU time (docs/performance.md). Its
 * classifier computes each output score as a sequential dot product, which the JIT cannot
 * vectorise, and keeps hidden-layer slices of rarer words in a synchronised 5,000-entry LRU cache
 * that two workers thrash. Here the weight matrices are stored transposed, so the same sums
 * (same operands, same order, same float/double widening) run across all outputs at once in
 * SIMD-friendly loops, and slices go into a larger, frequency-aware cache. newsgraph's
 * {@code org.newsgraph.nlp.NlpPipeline} puts it into the parser it loads.
 *
 * <p>Why in CoreNLP's package: {@code computeScores} is package-private and is the only seam
 * between the parser's transition system and its network. The parser's own transition loop, feature
 * extraction and conversion to dependencies are untouched; the parses are the same.
 */
public final class FastScoringClassifier extends Classifier {
    /** Where {@code DependencyParser.getFeatureArray} puts parts of speech: stack 2, 1, 0, then buffer. */
    private static final int POS_OFFSET = 18;
    private final int numTokens;
    private final int embeddingSize;
    private final int hiddenSize;
    private final int numLabels;
    private final float[][] embeddings;
    /** W1 transposed: one row of hiddenSize weights per input column. */
    private final float[][] inputWeightsByColumn;
    private final float[] hiddenBias;
    /**
     * W2 transposed, one row of numLabels weights per hidden unit, widened to double once here:
     * the JIT does not vectorise a float-to-double conversion inside a loop, so widening each
     * weight at every product made the output layer 2.4 times slower; widening is exact, so the
     * sums are the same.
     */
    private final double[][] outputWeightsByHidden;
    private final double[][] precomputed;
    private final Map<Integer, Integer> precomputedIndex;
    /**
     * Bounded by count with Caffeine's frequency-aware eviction: a cache that kept the first
     * 100,000 slices it met missed 1.8 times as often over 500 corpus articles (676,000 against
     * 374,000 misses), as words of the first articles crowded out later, commoner ones.
     */
    private final Cache<Integer, double[]> slices;
    private final int rootPos;
    private final int nullPos;

    /**
     * @param original          the parser's loaded classifier (weights are shared, not copied)
     * @param precomputed       its private precomputed hidden-layer rows ({@code saved})
     * @param precomputedIndex  its private map from feature index to row ({@code preMap})
     * @param sliceCacheLimit   hidden-layer slices of words outside the precomputed set to keep
     *                          (8 bytes per hidden unit each: 8 KB for CoreNLP's English models)
     * @param rootPos           the parser's feature id of the root's part of speech ({@link Config#ROOT})
     * @param nullPos           the parser's feature id of a missing token's part of speech ({@link Config#NULL})
     */
    public FastScoringClassifier(Config config, Classifier original, double[][] precomputed,
                                 Map<Integer, Integer> precomputedIndex, int sliceCacheLimit,
                                 int rootPos, int nullPos) {
        // The superclass gets tiny matrices: it would otherwise allocate gradient histories as large
        // as the model for training, which never happens here.
        super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], List.of());
        this.embeddings = original.getE();
        float[][] w1 = original.getW1();
        this.hiddenBias = original.getb1();
        float[][] w2 = original.getW2();
        this.hiddenSize = w1.length;
        this.embeddingSize = embeddings[0].length;
        this.numTokens = w1[0].length / embeddingSize;
        this.numLabels = w2.length;
        this.inputWeightsByColumn = transpose(w1);
        this.outputWeightsByHidden = widen(transpose(w2));
        this.precomputed = precomputed;
        this.precomputedIndex = precomputedIndex;
        // Evicting on the calling thread keeps the cache's work on the workers that use it.
        this.slices = Caffeine.newBuilder().maximumSize(sliceCacheLimit).executor(Runnable::run).build();
        this.rootPos = rootPos;
        this.nullPos = nullPos;
    }

    @Override
    double[] computeScores(int[] feature) {
        // When the arc-standard system allows a single transition, the parser takes it whatever the
        // scores say, so any scores do: every shift onto a stack of the root and at most one word.
        if (onlyOneTransition(feature)) return new double[numLabels];
        double[] hidden = new double[hiddenSize];
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * numTokens + j;
            Integer id = precomputedIndex.get(index);
            if (id != null) {
                double[] row = precomputed[id];
                for (int i = 0; i < hiddenSize; i++) hidden[i] += row[i];
            } else {
                double[] slice = slice(tok, j, index);
                for (int i = 0; i < hiddenSize; i++) hidden[i] += slice[i];
            }
        }
        for (int i = 0; i < hiddenSize; i++) {
            double v = hidden[i] + hiddenBias[i];
            hidden[i] = v * v * v;
        }
        double[] scores = new double[numLabels];
        for (int k = 0; k < hiddenSize; k++) {
            double h = hidden[k];
            double[] row = outputWeightsByHidden[k];
            for (int i = 0; i < numLabels; i++) scores[i] += h * row[i];
        }
        return scores;
    }

    /**
     * Whether the stack holds only the root, or the root and one word: then only SHIFT is possible
     * (or, with an empty buffer, only the arc to the root), as {@link ArcStandard#canApply} says
     * with its single root. Read from the parts of speech of the two stack tops, which are never
     * the root's or the missing token's for a real word.
     */
    private boolean onlyOneTransition(int[] feature) {
        int secondPos = feature[POS_OFFSET + 1];
        int topPos = feature[POS_OFFSET + 2];
        return secondPos == rootPos || (secondPos == nullPos && topPos == rootPos);
    }

    /**
     * W1 times the embedding of token {@code tok} at feature position {@code position}: float
     * values, as CoreNLP computes them, kept as doubles so that adding them up vectorises.
     */
    private double[] slice(int tok, int position, int index) {
        double[] cached = slices.getIfPresent(index);
        if (cached != null) return cached;
        float[] vector = embeddings[tok];
        int offset = position * embeddingSize;
        double[] sums = new double[hiddenSize];
        for (int j = 0; j < embeddingSize; j++) {
            float e = vector[j];
            float[] column = inputWeightsByColumn[offset + j];
            // float product, double sum: the arithmetic of CoreNLP's own slice computation
            for (int i = 0; i < hiddenSize; i++) sums[i] += column[i] * e;
        }
        double[] slice = new double[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) slice[i] = (float) sums[i];
        slices.put(index, slice);
        return slice;
    }

    private static double[][] widen(float[][] m) {
        double[][] wide = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            wide[r] = new double[m[r].length];
            for (int c = 0; c < m[r].length; c++) wide[r][c] = m[r][c];
        }
        return wide;
    }

    private static float[][] transpose(float[][] m) {
        float[][] t = new float[m[0].length][m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) t[c][r] = m[r][c];
        }
        return t;
    }
}
