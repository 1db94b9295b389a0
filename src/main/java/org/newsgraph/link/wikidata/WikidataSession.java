package org.newsgraph.link.wikidata;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsgraph.link.ActorLinker;

/**
 * Wikidata linking for one run: the on-disk cache, and in online mode the polite HTTP client behind
 * it with the offline fallback in between. Close it at the end of the run.
 *
 * <pre>
 * try (WikidataSession wikidata = WikidataSession.open(Mode.ONLINE, cacheDir, ClientSettings.defaults(), System.err::println)) {
 *     ArticleProcessor processor = ArticleProcessor.createDefault(wikidata.actorLinker());
 *     ...
 *     System.out.println(wikidata.summary());
 * }
 * </pre>
 */
public final class WikidataSession implements AutoCloseable {
    /** Whether the network may be used. */
    public enum Mode {
        /** Cache first, then Wikidata's API; no network means one warning and offline from then on. */
        ONLINE,
        /** The cache only: what earlier online runs learned. */
        OFFLINE
    }

    private final Mode mode;
    private final WikidataCache cache;
    private final WikidataClient client;
    private final OfflineFallback fallback;
    private final WikidataLinker linker;

    private WikidataSession(Mode mode, WikidataCache cache, WikidataClient client, OfflineFallback fallback) {
        this.mode = mode;
        this.cache = cache;
        this.client = client;
        this.fallback = fallback;
        this.linker = new WikidataLinker(new CachedWikidataApi(cache, fallback));
    }

    /**
     * @param warnings receives the one warning when the network fails
     * @throws java.io.UncheckedIOException when the cache directory cannot be used
     */
    public static WikidataSession open(Mode mode, Path cacheDirectory, ClientSettings settings,
                                       Consumer<String> warnings) {
        WikidataCache cache = WikidataCache.open(cacheDirectory);
        if (mode == Mode.OFFLINE) return new WikidataSession(mode, cache, null, null);
        WikidataClient client = new WikidataClient(settings);
        return new WikidataSession(mode, cache, client, new OfflineFallback(client, warnings));
    }

    public WikidataLinker linker() {
        return linker;
    }

    /** The build step that links what the gazetteer left unlinked. */
    public ActorLinker actorLinker() {
        return new WikidataActorLinker(linker);
    }

    /** True when the network failed during the run (the warning was given). */
    public boolean wentOffline() {
        return fallback != null && fallback.isOffline();
    }

    /** One line for the end of a run: requests made and what the cache holds. */
    public String summary() {
        String network = switch (mode) {
            case OFFLINE -> "offline, cache only";
            case ONLINE -> "requests sent: " + client.requestCount() + (wentOffline() ? ", then offline" : "");
        };
        return "Wikidata: " + network + "; cache " + cache.directory() + " holds " + cache.searchCount()
                + " names and " + cache.entityCount() + " items";
    }

    @Override
    public void close() {
        cache.close();
    }
}
