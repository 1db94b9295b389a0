package org.newsgraph.cli;

import java.io.PrintStream;
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
                        + "or a directory of them.",
                "A bad input is reported (file, line, what to do) and skipped; the rest is still stored. "
                        + "Each article is stored in its own transaction: after a crash, build again."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every article was stored, no warnings",
                "1:articles were stored, but some inputs were skipped, not stored, or gave warnings",
                "3:nothing was stored (no articles found, all failed, an input missing, the database in use)"})
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "--db", defaultValue = "db", description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--threads", description = "Extraction workers (default: number of cores).")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
    List<Path> inputs;

    @Mixin
    WikidataOptions wikidata;

    private final PrintStream out;
    private final PrintStream err;

    public BuildCommand() {
        this(System.out, System.err);
    }

    /** For tests and embedding: where progress, the summary and errors go. */
    BuildCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("newsgraph build: " + input + " does not exist; give a file or a directory of articles.");
                return ExitCodes.FATAL;
            }
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        BuildSummary summary;
        boolean wentOffline = false;
        if (!wikidata.requested()) {
            summary = runBuild(db, inputs, workers, ActorLinker.NONE, out);
        } else {
            try (WikidataSession session = wikidata.open(message -> err.println("warning: " + message))) {
                summary = runBuild(db, inputs, workers, session.actorLinker(), out);
                out.println(session.summary());
                wentOffline = session.wentOffline();
            }
        }
        if (summary.articles() == 0) {
            err.println("newsgraph build: no article was stored" + (summary.read() == 0
                    ? "; no article was found in " + inputs + " (.txt, .html, .htm, .jsonl, .jsonl.gz)."
                    : "; see the warnings above."));
            return ExitCodes.FATAL;
        }
        return summary.hasFailures() || wentOffline ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** Builds inputs into a store and prints progress and the summary to standard output; used by {@code up}. */
    static BuildSummary runBuild(Path db, List<Path> inputs, int workers) throws InterruptedException {
        return runBuild(db, inputs, workers, ActorLinker.NONE, System.out);
    }

    /** {@link #runBuild(Path, List, int)} with a linking step after the gazetteer (Wikidata). */
    static BuildSummary runBuild(Path db, List<Path> inputs, int workers, ActorLinker linker, PrintStream out)
            throws InterruptedException {
        out.println("Loading the language models (once per run, about 10-40 s)...");
        ArticleProcessor processor = ArticleProcessor.createDefault(linker);
        try (GraphStore store = GraphStore.open(db)) {
            BuildRunner runner = new BuildRunner(processor, ShaclValidator.fromClasspath(), store, out, workers);
            BuildSummary summary = runner.run(inputs);
            new BuildSummaryPrinter(out).print(db, summary);
            return summary;
        }
    }
}
