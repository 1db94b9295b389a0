package org.newsgraph.pipeline;

import java.io.PrintStream;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.PositionNormalizer;
import org.newsgraph.store.ActorIdentities;
import org.newsgraph.store.DerivedRelations;
import org.newsgraph.store.EventConsolidator;
import org.newsgraph.store.GraphStore;

/**
 * What a build does once every article is stored: give each actor one label and group-able positions
 * across articles (ActorIdentities), consolidate the events reported by several
 * articles, then derive the actor relations from the events (the consolidation adds no edges, so
 * the order only matters for the numbers printed).
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
    }
}
