package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Runs newsgraph's extraction on Spark: JSONL articles in, N-Quads shards out (one
 * {@code part-NNNNN} file per partition), ready for {@code newsgraph load}. Each executor loads
 * the language models once and runs as many articles at a time as it has task slots.
 * <p>
 * Usage: {@code SparkExtractJob [--master URL] [--partitions N] --output DIR INPUT…}, INPUT being
 * .jsonl or .jsonl.gz files or globs in any file system Spark reads (local, HDFS, S3…). See
 * docs/performance.md for spark-submit.
 */
public final class SparkExtractJob {
    /** What a run did. */
    public record Summary(long articles, long failed, long triples, int partitions, int cores,
                          double warmUpSeconds, double seconds) {
        public double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : 0;
        }

        public String describe() {
            return String.format("Extracted %d articles (%d failed, %d triples) into %d N-Quads shards in %.1f s: "
                            + "%.2f articles/s with %d cores (models loaded beforehand in %.1f s)", articles, failed,
                    triples, partitions, seconds, articlesPerSecond(), cores, warmUpSeconds);
        }
    }

    private SparkExtractJob() {
    }

    public static void main(String[] args) {
        String master = null;
        String output = null;
        int partitions = 0;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--master" -> master = args[++i];
                case "--output" -> output = args[++i];
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                default -> inputs.add(args[i]);
            }
        }
        if (output == null || inputs.isEmpty()) {
            System.err.println("Usage: SparkExtractJob [--master URL] [--partitions N] --output DIR INPUT...");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("newsgraph extract");
        if (master != null) conf.setMaster(master);
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            System.out.println(run(spark, inputs, output, partitions).describe());
        }
    }

    /**
     * @param partitions how many shards to write; 0 means four per core, so that slow articles
     *                   even out across the cores
     */
    public static Summary run(JavaSparkContext spark, List<String> inputs, String output, int partitions) {
        int cores = spark.defaultParallelism();
        int shards = partitions > 0 ? partitions : 4 * cores;
        long warmStart = System.nanoTime();
        warmUp(spark, cores);
        double warmUpSeconds = (System.nanoTime() - warmStart) / 1e9;

        LongAccumulator stored = spark.sc().longAccumulator("articles stored");
        LongAccumulator failed = spark.sc().longAccumulator("articles failed");
        LongAccumulator triples = spark.sc().longAccumulator("triples");
        PartitionExtractor extractor = new PartitionExtractor(stored, failed, triples);
        long start = System.nanoTime();
        JavaRDD<String> lines = spark.textFile(String.join(",", inputs)).filter(line -> !line.isBlank());
        lines.repartition(shards).mapPartitions(extractor::extract).saveAsTextFile(output);
        return new Summary(stored.value(), failed.value(), triples.value(), shards, cores, warmUpSeconds,
                (System.nanoTime() - start) / 1e9);
    }

    // One small task per core loads the models in every executor before the clock starts, so the
    // rate measures extraction, not model loading (which a long run pays once per executor).
    private static void warmUp(JavaSparkContext spark, int cores) {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < cores; i++) slots.add(i);
        spark.parallelize(slots, cores).foreach(slot -> ExecutorPipeline.get());
    }
}
