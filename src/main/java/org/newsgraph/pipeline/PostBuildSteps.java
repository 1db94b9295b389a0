package org.newsgraph.pipeline;

import java.io.PrintStream;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.consolidate.DerivedRelations;
import org.newsgraph.store.consolidate.EventConsolidator;

/**
 * What a build does once every article is stored: consolidate the events reported by several
 * articles, then derive the actor relations from the events (the consolidation adds no edges, so
 * the order only matters for the numbers printed).
 */
public final class PostBuildSteps {
    private PostBuildSteps() {
    }

    public static void run(GraphStore store, PrintStream progress) {
        EventConsolidator.Result consolidated = EventConsolidator.refresh(store);
        long edges = DerivedRelations.refresh(store);
        progress.printf("Consolidated %d event reports: %d happenings reported more than once (%d reports linked);"
                + " %d derived actor relations%n", consolidated.reports(), consolidated.groups(),
                consolidated.linkedReports(), edges);
    }
}
