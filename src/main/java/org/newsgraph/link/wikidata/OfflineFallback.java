package org.newsgraph.link.wikidata;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns "Wikidata cannot be reached" into "go on offline": the first failure is reported once
 * through the warning sink, and from then on nothing more is asked of the network in this run, so a
 * build without network neither stops nor waits on a timeout per actor.
 */
public final class OfflineFallback implements WikidataApi {
    private final WikidataApi remote;
    private final Consumer<String> warnings;
    private volatile boolean offline;

    public OfflineFallback(WikidataApi remote, Consumer<String> warnings) {
        this.remote = remote;
        this.warnings = warnings;
    }

    @Override
    public Optional<List<SearchHit>> search(String name) {
        if (offline) return Optional.empty();
        try {
            return remote.search(name);
        } catch (WikidataUnavailableException e) {
            goOffline(e);
            return Optional.empty();
        }
    }

    @Override
    public Map<String, WikidataEntity> entities(Collection<String> ids) {
        if (offline) return Map.of();
        try {
            return remote.entities(ids);
        } catch (WikidataUnavailableException e) {
            goOffline(e);
            return Map.of();
        }
    }

    /** True once the network failed in this run. */
    public boolean isOffline() {
        return offline;
    }

    private synchronized void goOffline(WikidataUnavailableException e) {
        if (offline) return;
        offline = true;
        warnings.accept("Wikidata is not reachable (" + e.getMessage() + "); going on offline with the"
                + " gazetteer and the Wikidata cache only. Actors left unlinked can be linked later with"
                + " 'newsgraph link --db DIR --wikidata'.");
    }
}
