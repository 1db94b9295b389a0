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
 * background, exactly as the page asks it, so that its answer waits in the query cache: on a
 * 3,000-article graph it takes 5-9 s to compute and a visitor would otherwise wait that long.
 */
final class ExplorerWarmUp {
    /** The Accept header of the page's own API calls (explorer.js, getJson). */
    static final String PAGE_ACCEPT = "application/json";

    private ExplorerWarmUp() {
    }

    /** Sends the request; the future gives the HTTP status, or fails when the server did not answer. */
    static CompletableFuture<Integer> request(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + ExplorerServlet.API_PATH + "network"))
                .header("Accept", PAGE_ACCEPT).timeout(Duration.ofMinutes(5)).GET().build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }
}
