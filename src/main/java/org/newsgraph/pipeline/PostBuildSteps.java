package org.newsgraph.pipeline;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.PositionNormalizer;
import org.newsgraph.store.DatasetDescription;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.VocabularyGraphs;
import org.newsgraph.store.consolidate.ActorIdentities;
import org.newsgraph.store.consolidate.DerivedRelations;
import org.newsgraph.store.consolidate.EventConsolidator;
import org.newsgraph.store.consolidate.NetworkSummary;
import org.newsgraph.store.consolidate.StatementConsolidator;

/**
 * What a build does once every article is stored: give each actor one label and group-able positions
 * across articles (ActorIdentities), consolidate the events reported by several
 * articles, then derive the actor relations from the events (the consolidation adds no edges, so
 * the order only matters for the numbers printed), then keep the network summary (each actor once,
 * each derived relation with its support) that whole-graph queries read; then store the vocabularies
 * (when changed) and describe the dataset, last so that the description counts everything else.
 */
public final class PostBuildSteps {
    private PostBuildSteps() {
    }

    /**
     * What a build, a load or a live ingestion does once article graphs are written: statements
     * reported by several articles consolidated, then {@link #run}.
     */
    public static void afterArticlesWritten(GraphStore store, PrintStream progress) {
        long start = System.nanoTime();
        int statements = new StatementConsolidator().consolidate(store);
        progress.printf("Consolidated %d statements reported by several articles%s%n", statements, since(start));
        run(store, progress);
    }

    /** Each line ends with the seconds its step took: on a large store these steps take minutes. */
    public static void run(GraphStore store, PrintStream progress) {
        long start = System.nanoTime();
        ActorIdentities.Result identities = ActorIdentities.refresh(store, new PositionNormalizer(Gazetteer.load()));
        progress.printf("Actor identities: %d actors named differently across articles given one label; %d positions%s%n",
                identities.actorsRelabelled(), identities.positions(), since(start));
        start = System.nanoTime();
        EventConsolidator.Result consolidated = EventConsolidator.refresh(store);
        long edges = DerivedRelations.refresh(store);
        progress.printf("Consolidated %d event reports: %d happenings reported more than once (%d reports linked);"
                + " %d derived actor relations%s%n", consolidated.reports(), consolidated.groups(),
                consolidated.linkedReports(), edges, since(start));
        start = System.nanoTime();
        NetworkSummary.Result summary = NetworkSummary.refresh(store);
        progress.printf("Network summary: %d actors, %d relations%s%n", summary.actors(), summary.relations(), since(start));
        VocabularyGraphs.refresh(store);
        DatasetDescription.refresh(store, Instant.now());
    }

    private static String since(long startNanos) {
        return String.format(Locale.ROOT, " (%.1f s)", (System.nanoTime() - startNanos) / 1e9);
    }
}
