package org.newsgraph.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.newsgraph.explore.ExplorerServlet;

/**
 * Asks the explorer page's first view (the strongest edges of the actor network) once, in the
 * background, exactly as the page asks it, so that its answer waits in the query cache; then one
 * actor search, which reads the actors' names into memory (ActorSearchIndex): on a 3,000-article
 * graph that takes a few seconds, which the first visitor to type a name would otherwise wait.
 */
final class ExplorerWarmUp {
    /** The Accept header of the page's own API calls (explorer.js, getJson). */
    static final String PAGE_ACCEPT = "application/json";

    private ExplorerWarmUp() {
    }

    /**
     * Sends the requests; the future gives the HTTP status of the first view, or fails when the
     * server did not answer.
     */
    static CompletableFuture<Integer> request(String baseUrl) {
        HttpClient http = HttpClient.newHttpClient();
        return http.sendAsync(get(baseUrl, "network"), HttpResponse.BodyHandlers.discarding())
                .thenCompose(network -> http.sendAsync(get(baseUrl, "search?q=a"), HttpResponse.BodyHandlers.discarding())
                        .thenApply(search -> network.statusCode()));
    }

    private static HttpRequest get(String baseUrl, String call) {
        return HttpRequest.newBuilder(URI.create(baseUrl + ExplorerServlet.API_PATH + call))
                .header("Accept", PAGE_ACCEPT).timeout(Duration.ofMinutes(5)).GET().build();
    }
}
