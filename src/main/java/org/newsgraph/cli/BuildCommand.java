package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.link.ActorLinker;
import org.newsgraph.link.wikidata.WikidataSession;
import org.newsgraph.pipeline.ArticleGraphBuilder;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.BuildRunner;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.BulkLoadSink;
import org.newsgraph.pipeline.ContentHash;
import org.newsgraph.pipeline.StageTimes;
import org.newsgraph.pipeline.StoreSink;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;
import org.newsgraph.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph build --db DIR INPUT…} */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Extracts actors, statements and events from articles and stores one named graph "
                + "per article in a TDB2 database. Re-building an article replaces its graph.",
                "INPUT: a .txt file (metadata from manifest.csv beside it), .html/.htm, .jsonl/.jsonl.gz, "
                        + ".warc/.warc.gz (web archives: their HTML pages), or a directory of them.",
                "A bad input is reported (file, line, what to do) and skipped; the rest is still stored. "
                        + "Each article is stored in its own transaction: after a crash, build again."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every article was stored, no warnings",
                "1:articles were stored, but some inputs were skipped, not stored, gave warnings, or (--ids) were not found",
                "3:nothing was stored (no articles found, all failed, an input missing, the database in use)"})
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

    @Option(names = "--ids", paramLabel = "FILE", description = "Take only the articles whose id is listed in FILE: "
            + "a gold file (JSON; e.g. ../shared/gold/dev.json, to build the articles it annotates from the corpus) "
            + "or a text file of one id a line.")
    Path idsFile;

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
        Optional<String> notADatabase = DatabaseDirectory.notADirectory(db);
        if (notADatabase.isPresent()) {
            err.println("newsgraph build: " + notADatabase.get());
            return ExitCodes.USAGE;
        }
        if (nquads != null && !bulk) {
            err.println("newsgraph build: --nquads only goes with --bulk.");
            return ExitCodes.USAGE;
        }
        if (limit != null && limit < 1) {
            err.println("newsgraph build: --limit must be 1 or more.");
            return ExitCodes.USAGE;
        }
        if (bulk && !BulkLoader.isNewDatabase(db)) {
            err.println("newsgraph build: " + db + " already holds data; --bulk creates a new database. "
                    + "Give a new or empty --db directory, or build without --bulk to update this one.");
            return ExitCodes.FATAL;
        }
        Set<String> onlyIds = Set.of();
        if (idsFile != null) {
            try {
                onlyIds = ArticleIdList.read(idsFile);
            } catch (IOException | RuntimeException e) {
                err.println("newsgraph build: cannot read the ids of --ids " + idsFile + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (onlyIds.isEmpty()) {
                err.println("newsgraph build: --ids " + idsFile + " lists no article id.");
                return ExitCodes.USAGE;
            }
        }
        try {
            return build(onlyIds);
        } catch (StoreLockedException e) {
            err.println("newsgraph build: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }

    private int build(Set<String> onlyIds) throws InterruptedException, IOException {
        BuildOptions options = BuildOptions.withWorkers(threads == null ? Runtime.getRuntime().availableProcessors() : threads)
                .withForce(force).withLimit(limit == null ? Integer.MAX_VALUE : limit).withOnlyIds(onlyIds);
        BuildSummary summary;
        boolean wentOffline = false;
        if (!wikidata.requested()) {
            summary = runBuild(db, inputs, options, ActorLinker.NONE, out, bulkNQuads());
        } else {
            try (WikidataSession session = wikidata.open(message -> err.println("newsgraph build: warning: " + message))) {
                summary = runBuild(db, inputs, options, session.actorLinker(), out, bulkNQuads());
                out.println(session.summary());
                wentOffline = session.wentOffline();
            }
        }
        if (!onlyIds.isEmpty() && summary.read() < onlyIds.size()) {
            // an id that names nothing is a typo or the wrong input: say so, and exit 1
            err.println("newsgraph build: warning: " + (onlyIds.size() - summary.read()) + " of the " + onlyIds.size()
                    + " ids of " + idsFile + " were not found in " + inputs + ".");
        }
        if (summary.articles() == 0 && summary.skipped() == 0) {
            err.println("newsgraph build: no article was stored" + (summary.read() == 0
                    ? "; no article was found in " + inputs + " (.txt, .html, .htm, .jsonl, .jsonl.gz, .warc, .warc.gz)."
                    : "; see the warnings above."));
            return ExitCodes.FATAL;
        }
        boolean idsMissing = !onlyIds.isEmpty() && summary.read() < onlyIds.size();
        return summary.hasFailures() || wentOffline || idsMissing ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private Path bulkNQuads() {
        return !bulk ? null : nquads != null ? nquads : defaultNQuads(db);
    }

    private static Path defaultNQuads(Path db) {
        Path absolute = db.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".nq");
    }

    /** Builds inputs into a store and prints progress and the summary to standard output; used by {@code up}. */
    static BuildSummary runBuild(Path db, List<Path> inputs, int workers) throws InterruptedException, IOException {
        return runBuild(db, inputs, BuildOptions.withWorkers(workers), ActorLinker.NONE, System.out, null);
    }

    private static ArticleGraphBuilder loadModels(ActorLinker linker, PrintStream out) {
        out.println("Loading the language models (once per run, about 10-40 s)...");
        return new ArticleGraphBuilder(ArticleProcessor.createDefault(linker), ShaclValidator.fromClasspath(),
                ContentHash.ofRunningBuild());
    }

    /** @param bulkNQuads where the bulk path writes its N-Quads, or null to store article by article */
    private static BuildSummary runBuild(Path db, List<Path> inputs, BuildOptions options, ActorLinker linker,
                                         PrintStream out, Path bulkNQuads) throws InterruptedException, IOException {
        BuildSummary summary;
        if (bulkNQuads != null) {
            BulkLoadSink sink = new BulkLoadSink(db, bulkNQuads);
            summary = new BuildRunner(loadModels(linker, out), sink, out, options, new StageTimes()).run(inputs);
        } else {
            // the store first: one in use by a server fails at once, not after the models have loaded
            try (GraphStore store = GraphStore.open(db)) {
                summary = new BuildRunner(loadModels(linker, out), new StoreSink(store), out, options, new StageTimes())
                        .run(inputs);
            }
        }
        new BuildSummaryPrinter(out).print(db, summary);
        return summary;
    }
}
