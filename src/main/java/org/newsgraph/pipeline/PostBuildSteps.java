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

/**
 * What a build does once every article is stored: give each actor one label and group-able positions
 * across articles (ActorIdentities), consolidate the events reported by several
 * articles, then derive the actor relations from the events (the consolidation adds no edges, so
 * the order only matters for the numbers printed); then store the vocabularies (when changed) and
 * describe the dataset, last so that the description counts everything else.
 */
public final class PostBuildSteps {
    private PostBuildSteps() {
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
        VocabularyGraphs.refresh(store);
        DatasetDescription.refresh(store, Instant.now());
    }
}
