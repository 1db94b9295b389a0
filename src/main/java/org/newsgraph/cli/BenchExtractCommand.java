package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.BaselineLauncher;
import org.newsgraph.bench.BaselinePipeline;
import org.newsgraph.bench.BaselineResult;
import org.newsgraph.bench.ExtractionBenchmark;
import org.newsgraph.bench.ExtractionResult;
import org.newsgraph.bench.MachineInfo;
import org.newsgraph.bench.ResultPrinter;
import org.newsgraph.bench.ScratchDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench extract --corpus FILE --limit N [--baseline]} */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Builds the first N articles of a corpus into a new database and prints articles/s, "
                + "tokens/s, CPU time per article, peak heap and the time of each stage.",
                "With --baseline, also runs CoreNLP's default full pipeline (" + BaselinePipeline.ANNOTATORS
                        + ") on the same articles in a JVM of its own and prints the speed-up."})
public final class BenchExtractCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "INPUT", split = ",",
            description = "Articles: a .jsonl(.gz) corpus, files or directories (comma-separated).")
    List<Path> corpus;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N",
            description = "Articles to take from the start of the corpus (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threads", description = "Extraction workers (default: number of cores).")
    Integer threads;

    @Option(names = "--db", paramLabel = "DIR", description = "Build into this new directory and keep it "
            + "(default: a temporary database, deleted afterwards).")
    Path db;

    @Option(names = "--bulk", description = "Measure the bulk path: N-Quads, then TDB2's bulk loader.")
    boolean bulk;

    @Option(names = "--nquads", paramLabel = "FILE", description = "With --bulk: keep the N-Quads here "
            + "(input for bench load).")
    Path nquads;

    @Option(names = "--baseline", description = "Also run CoreNLP's default full pipeline on the same articles.")
    boolean baseline;

    @Option(names = "--baseline-limit", paramLabel = "M", description = "Run the baseline on the first M of the "
            + "articles only (default: all N); rates are per article and per token, so they stay comparable.")
    Integer baselineLimit;

    @Option(names = "--baseline-heap", defaultValue = "8g", paramLabel = "SIZE",
            description = "-Xmx of the baseline's JVM (default: ${DEFAULT-VALUE}).")
    String baselineHeap;

    @Override
    public Integer call() throws Exception {
        for (Path input : corpus) {
            if (!Files.exists(input)) {
                System.err.println("newsgraph bench extract: " + input + " does not exist; give a corpus file, "
                        + "e.g. ../shared/corpus/news-2022-2024.jsonl.gz");
                return ExitCodes.USAGE;
            }
        }
        if (limit < 1 || baselineLimit != null && baselineLimit < 1) {
            System.err.println("newsgraph bench extract: --limit and --baseline-limit must be 1 or more.");
            return ExitCodes.USAGE;
        }
        if (db != null && Files.isDirectory(db) && !isEmptyDirectory(db)) {
            System.err.println("newsgraph bench extract: " + db + " is not empty; give a new directory.");
            return ExitCodes.USAGE;
        }
        if (nquads != null && !bulk) {
            System.err.println("newsgraph bench extract: --nquads only goes with --bulk.");
            return ExitCodes.USAGE;
        }
        MachineInfo machine = MachineInfo.current();
        System.out.println(machine.describe());
        int workers = threads == null ? machine.cores() : threads;
        System.out.printf("Building the first %d articles of %s with %d workers (%s path)...%n", limit, corpus,
                workers, bulk ? "bulk" : "incremental");
        try (ScratchDirectory scratch = ScratchDirectory.create("newsgraph-bench-")) {
            Path database = db != null ? db : scratch.path().resolve("db");
            Path nquadsFile = !bulk ? null : nquads != null ? nquads : scratch.path().resolve("articles.nq");
            ExtractionResult result = ExtractionBenchmark.run(new ExtractionBenchmark.Settings(corpus, limit, workers,
                    database, nquadsFile));
            ResultPrinter.printExtraction(result, System.out);
            if (baseline) {
                int m = baselineLimit == null ? limit : Math.min(baselineLimit, limit);
                System.out.printf("%nRunning the baseline (CoreNLP %s, defaults, 1 thread) on the first %d articles "
                        + "in its own JVM (-Xmx%s)...%n", BaselinePipeline.ANNOTATORS, m, baselineHeap);
                BaselineResult base = BaselineLauncher.run(baselineHeap, m, corpus);
                ResultPrinter.printBaseline(result, base, System.out);
            }
            return result.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws java.io.IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
