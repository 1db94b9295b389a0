package org.newsgraph.pipeline;

import java.io.PrintStream;
import java.time.Instant;
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
     * What a load or a live ingestion does once article graphs are written outside a build: the
     * build's statement consolidation, then {@link #run}, so the store answers as a built one would.
     */
    public static void afterArticlesWritten(GraphStore store, PrintStream progress) {
        progress.printf("Consolidated %d statements reported by several articles%n",
                new StatementConsolidator().consolidate(store));
        run(store, progress);
    }

    public static void run(GraphStore store, PrintStream progress) {
        ActorIdentities.Result identities = ActorIdentities.refresh(store, new PositionNormalizer(Gazetteer.load()));
        progress.printf("Actor identities: %d actors named differently across articles given one label; %d positions%n",
                identities.actorsRelabelled(), identities.positions());
        EventConsolidator.Result consolidated = EventConsolidator.refresh(store);
        long edges = DerivedRelations.refresh(store);
        progress.printf("Consolidated %d event reports: %d happenings reported more than once (%d reports linked);"
                + " %d derived actor relations%n", consolidated.reports(), consolidated.groups(),
                consolidated.linkedReports(), edges);
        NetworkSummary.Result summary = NetworkSummary.refresh(store);
        progress.printf("Network summary: %d actors, %d relations%n", summary.actors(), summary.relations());
        VocabularyGraphs.refresh(store);
        DatasetDescription.refresh(store, Instant.now());
    }
}
