package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.link.ActorLinker;
import org.newsgraph.link.wikidata.WikidataSession;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.pipeline.BuildRunner;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
    List<Path> inputs;

    @Mixin
    WikidataOptions wikidata;

    @Override
    public Integer call() throws Exception {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                System.err.println("newsgraph build: " + input + " does not exist; give a file or a directory of articles.");
                return ExitCodes.FATAL;
            }
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (!wikidata.requested()) {
            return runBuild(db, inputs, workers).hasFailures() ? ExitCodes.PARTIAL : ExitCodes.OK;
        }
        try (WikidataSession session = wikidata.open(message -> System.err.println("warning: " + message))) {
            BuildSummary summary = runBuild(db, inputs, workers, session.actorLinker());
            System.out.println(session.summary());
            return summary.hasFailures() || session.wentOffline() ? ExitCodes.PARTIAL : ExitCodes.OK;
        }
    }

    /** Builds inputs into a store and prints progress and the summary; shared with {@code up}. */
    static BuildSummary runBuild(Path db, List<Path> inputs, int workers) throws InterruptedException {
        return runBuild(db, inputs, workers, ActorLinker.NONE);
    }

    /** {@link #runBuild(Path, List, int)} with a linking step after the gazetteer (Wikidata). */
    static BuildSummary runBuild(Path db, List<Path> inputs, int workers, ActorLinker linker)
            throws InterruptedException {
        System.out.println("Loading the language models (once per run, about 10-40 s)...");
        ArticleProcessor processor = ArticleProcessor.createDefault(linker);
        try (GraphStore store = GraphStore.open(db)) {
            BuildRunner runner = new BuildRunner(processor, ShaclValidator.fromClasspath(), store, System.out, workers);
            BuildSummary s = runner.run(inputs);
            System.out.printf("Built %s: %d articles stored, %d failed, %d actors, %d triples written, "
                            + "%d quads in the store, %d warnings, %.1f s%n",
                    db, s.articles(), s.failed(), s.actors(), s.triples(), s.quads(), s.warnings().size(), s.seconds());
            return s;
        }
    }
}
