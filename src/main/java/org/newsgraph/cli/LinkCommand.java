package org.newsgraph.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.link.wikidata.WikidataSession;
import org.newsgraph.pipeline.PostBuildSteps;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;
import org.newsgraph.store.StoreLockedException;
import org.newsgraph.store.consolidate.NetworkSummary;
import org.newsgraph.store.relink.StoreLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code link --db DIR [--offline] [--wikidata-cache DIR]}: links the unlinked actors of a built store. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links the actors of an existing database that the gazetteer left unlinked to Wikidata,"
                + " using what each article says about them (state, title, date). Linked actors get the IRI"
                + " .../id/Q<n> and owl:sameAs their Wikidata item. Online by default (as with --wikidata);"
                + " --offline uses only the answers cached by earlier runs. Then refreshes what a build derives"
                + " (derived relations, the network summary), which also brings a database built by an older"
                + " newsgraph up to date."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:done, but Wikidata could not be reached or some articles were left unchanged",
                "2:bad arguments or no database at --db", "3:the database is in use or unreadable"})
public final class LinkCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database directory to link")
    Path db;

    @Mixin
    WikidataOptions wikidata;

    private final PrintStream out;
    private final PrintStream err;

    public LinkCommand() {
        this(System.out, System.err);
    }

    /** For tests: where progress and messages go. */
    LinkCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Optional<String> problem = DatabaseDirectory.problem(db);
        if (problem.isPresent()) {
            err.println("newsgraph link: " + problem.get());
            return ExitCodes.USAGE;
        }
        try (WikidataSession session = wikidata.open(message -> err.println("newsgraph link: warning: " + message));
             GraphStore store = GraphStore.open(db)) {
            StoreLinker linker = new StoreLinker(session.linker(), ShaclValidator.fromClasspath(), out);
            StoreLinker.RelinkSummary s = linker.link(store);
            out.printf("Linked %d of %d unlinked actors in %d of %d articles (%d left unchanged: invalid), %.1f s%n",
                    s.linked(), s.unlinked(), s.changedArticles(), s.articles(), s.invalid(), s.seconds());
            out.println(session.summary());
            // relinked actors have new IRIs: the derived relations and the summary must follow them;
            // a store built before the network summary existed gets one here
            if (s.changedArticles() > 0 || !NetworkSummary.presentIn(store.dataset().asDatasetGraph())) {
                PostBuildSteps.afterArticlesWritten(store, out);
            }
            return s.invalid() > 0 || session.wentOffline() ? ExitCodes.PARTIAL : ExitCodes.OK;
        } catch (StoreLockedException e) {
            err.println("newsgraph link: " + e.getMessage());
            return ExitCodes.FATAL;
        } catch (UncheckedIOException e) {
            err.println("newsgraph link: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
