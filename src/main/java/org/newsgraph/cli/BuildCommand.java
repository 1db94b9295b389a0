package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.ArticleGraphBuilder;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.BuildRunner;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.BulkLoadSink;
import org.newsgraph.pipeline.StageTimes;
import org.newsgraph.pipeline.StoreSink;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph build --db DIR INPUT…} */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Extracts actors, statements and events from articles and stores one named graph "
                + "per article in a TDB2 database. Re-building an article replaces its graph.",
                "INPUT: a .txt file (metadata from manifest.csv beside it), .html/.htm, .jsonl/.jsonl.gz, "
                        + "or a directory of them."})
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "--db", defaultValue = "db", description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--threads", description = "Extraction workers (default: number of cores).")
    Integer threads;

    @Option(names = "--bulk", description = "Create a new database with TDB2's bulk loader: extraction writes "
            + "N-Quads, which are loaded in one go at the end. Faster for large inputs; needs a new or empty --db.")
    boolean bulk;

    @Option(names = "--nquads", paramLabel = "FILE", description = "With --bulk: where to write the N-Quads "
            + "(default: <db>.nq beside the database; kept after the load).")
    Path nquads;

    @Option(names = "--force", description = "Extract every article again, even those stored unchanged "
            + "(by default an article whose text, metadata and newsgraph version are unchanged is skipped).")
    boolean force;

    @Option(names = "--limit", paramLabel = "N", description = "Take only the first N articles of the input.")
    Integer limit;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                System.err.println("newsgraph build: " + input + " does not exist; give a file or a directory of articles.");
                return ExitCodes.FATAL;
            }
        }
        if (nquads != null && !bulk) {
            System.err.println("newsgraph build: --nquads only goes with --bulk.");
            return ExitCodes.USAGE;
        }
        if (limit != null && limit < 1) {
            System.err.println("newsgraph build: --limit must be 1 or more.");
            return ExitCodes.USAGE;
        }
        if (bulk && !BulkLoader.isNewDatabase(db)) {
            System.err.println("newsgraph build: " + db + " already holds data; --bulk creates a new database. "
                    + "Give a new or empty --db directory, or build without --bulk to update this one.");
            return ExitCodes.FATAL;
        }
        BuildOptions options = BuildOptions.withWorkers(threads == null ? Runtime.getRuntime().availableProcessors() : threads)
                .withForce(force).withLimit(limit == null ? Integer.MAX_VALUE : limit);
        BuildSummary summary = bulk ? runBulkBuild(db, nquads == null ? defaultNQuads(db) : nquads, inputs, options)
                : runBuild(db, inputs, options);
        return summary.hasFailures() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private static Path defaultNQuads(Path db) {
        Path absolute = db.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".nq");
    }

    /** Builds inputs into a store and prints progress and the summary; shared with {@code up}. */
    static BuildSummary runBuild(Path db, List<Path> inputs, int workers) throws InterruptedException {
        return runBuild(db, inputs, BuildOptions.withWorkers(workers));
    }

    private static BuildSummary runBuild(Path db, List<Path> inputs, BuildOptions options) throws InterruptedException {
        ArticleGraphBuilder builder = loadModels();
        try (GraphStore store = GraphStore.open(db)) {
            return report(db, new BuildRunner(builder, new StoreSink(store), System.out, options, new StageTimes())
                    .run(inputs));
        }
    }

    private static BuildSummary runBulkBuild(Path db, Path nquads, List<Path> inputs, BuildOptions options)
            throws InterruptedException, IOException {
        ArticleGraphBuilder builder = loadModels();
        BulkLoadSink sink = new BulkLoadSink(db, nquads);
        return report(db, new BuildRunner(builder, sink, System.out, options, new StageTimes()).run(inputs));
    }

    private static ArticleGraphBuilder loadModels() {
        System.out.println("Loading the language models (once per run, about 10-40 s)...");
        return ArticleGraphBuilder.createDefault();
    }

    private static BuildSummary report(Path db, BuildSummary s) {
        System.out.printf("Built %s: %d articles stored, %d unchanged and skipped, %d failed, %d actors, "
                        + "%d triples written, %d quads in the store, %d warnings, %.1f s%n",
                db, s.articles(), s.skipped(), s.failed(), s.actors(), s.triples(), s.quads(), s.warnings().size(),
                s.seconds());
        return s;
    }
}
