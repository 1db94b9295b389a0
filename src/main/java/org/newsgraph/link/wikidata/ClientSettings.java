package org.newsgraph.link.wikidata;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the Wikidata client behaves on the network.
 *
 * @param endpoint       the MediaWiki action API (https://www.wikidata.org/w/api.php)
 * @param userAgent      sent with every request; Wikimedia asks for a descriptive one with a contact
 * @param minInterval    least time between the starts of two requests
 * @param retry          back-off on 429, 5xx, maxlag and timeouts
 * @param connectTimeout for opening a connection
 * @param requestTimeout for a whole answer
 * @param searchLimit    candidates asked of wbsearchentities (at most 50)
 */
public record ClientSettings(URI endpoint, String userAgent, Duration minInterval, RetryPolicy retry,
                             Duration connectTimeout, Duration requestTimeout, int searchLimit) {
    public static final URI WIKIDATA_API = URI.create("https://www.wikidata.org/w/api.php");
    public static final String DEFAULT_USER_AGENT = "newsgraph/0.1 (https://w3id.org/newsgraph; knowledge graphs"
            + " of news actors; contact via the project's issue tracker) Java-http-client";

    public ClientSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(userAgent, "userAgent");
        if (searchLimit < 1 || searchLimit > 50) {
            throw new IllegalArgumentException("searchLimit must be 1 to 50: " + searchLimit);
        }
    }

    /** Polite defaults: 5 requests a second at most, 4 attempts, 1 s doubling back-off up to 30 s. */
    public static ClientSettings defaults() {
        return new ClientSettings(WIKIDATA_API, DEFAULT_USER_AGENT, Duration.ofMillis(200),
                new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30)),
                Duration.ofSeconds(5), Duration.ofSeconds(20), 7);
    }

    public ClientSettings withEndpoint(URI newEndpoint) {
        return new ClientSettings(newEndpoint, userAgent, minInterval, retry, connectTimeout, requestTimeout,
                searchLimit);
    }

    public ClientSettings withUserAgent(String newUserAgent) {
        return new ClientSettings(endpoint, newUserAgent, minInterval, retry, connectTimeout, requestTimeout,
                searchLimit);
    }
}
