package org.newsgraph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsgraph.link.wikidata.ClientSettings;
import org.newsgraph.link.wikidata.WikidataCache;
import org.newsgraph.link.wikidata.WikidataSession;
import picocli.CommandLine.Option;

/** The Wikidata options shared by {@code build} and {@code link}. */
final class WikidataOptions {
    @Option(names = "--wikidata", description = "Link actors the gazetteer does not know through Wikidata's"
            + " public API (needs network; answers are cached on disk). Without network the run goes on"
            + " offline after one warning.")
    boolean online;

    @Option(names = "--offline", description = "Link with the gazetteer and the answers cached by earlier"
            + " --wikidata runs only; no network. Wins over --wikidata.")
    boolean offline;

    @Option(names = "--wikidata-cache", paramLabel = "DIR", description = "Where Wikidata answers are kept"
            + " (default: $XDG_CACHE_HOME/newsgraph/wikidata or ~/.cache/newsgraph/wikidata).")
    Path cacheDirectory;

    @Option(names = "--wikidata-endpoint", paramLabel = "URL", description = "The Wikibase action API"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "https://www.wikidata.org/w/api.php")
    URI endpoint;

    @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent for Wikidata requests;"
            + " Wikimedia asks for a contact (URL or e-mail) in it. Default: newsgraph's own.")
    String userAgent;

    /** True when --wikidata or --offline asks for more than the gazetteer. */
    boolean requested() {
        return online || offline;
    }

    WikidataSession.Mode mode() {
        return offline ? WikidataSession.Mode.OFFLINE : WikidataSession.Mode.ONLINE;
    }

    /** Opens the cache (and the client when online); the caller closes it. */
    WikidataSession open(Consumer<String> warnings) {
        ClientSettings settings = ClientSettings.defaults().withEndpoint(endpoint);
        if (userAgent != null && !userAgent.isBlank()) settings = settings.withUserAgent(userAgent);
        Path cache = cacheDirectory != null ? cacheDirectory : WikidataCache.defaultDirectory();
        return WikidataSession.open(mode(), cache, settings, warnings);
    }
}
