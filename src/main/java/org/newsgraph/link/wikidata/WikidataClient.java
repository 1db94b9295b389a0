package org.newsgraph.link.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The Wikibase action API over HTTP (java.net.http), politely: a descriptive User-Agent, requests
 * one at a time and spaced by a minimum interval, {@code maxlag=5} so busy servers can shed us,
 * retries with back-off on 429, 5xx, maxlag and timeouts, and look-ups batched 50 ids a call.
 */
public final class WikidataClient implements WikidataApi {
    /** wbgetentities takes at most 50 ids a call from clients without the bot right. */
    static final int MAX_IDS_PER_CALL = 50;
    private static final String MAX_LAG_SECONDS = "5";

    private final ClientSettings settings;
    private final HttpClient http;
    private final RateLimiter rateLimiter;
    private final Sleeper sleeper;
    private final Object serial = new Object();
    private final AtomicInteger requests = new AtomicInteger();

    public WikidataClient(ClientSettings settings) {
        this(settings, Sleeper.REAL);
    }

    /** With another way of waiting, for tests of the back-off. */
    public WikidataClient(ClientSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.rateLimiter = new RateLimiter(settings.minInterval(), System::nanoTime, sleeper);
    }

    @Override
    public Optional<List<SearchHit>> search(String name) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("action", "wbsearchentities");
        params.put("search", name);
        params.put("language", ApiResponses.LANGUAGE);
        params.put("uselang", ApiResponses.LANGUAGE);
        params.put("type", "item");
        params.put("limit", Integer.toString(settings.searchLimit()));
        return Optional.of(ApiResponses.searchHits(get(params)));
    }

    @Override
    public Map<String, WikidataEntity> entities(Collection<String> ids) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<String, WikidataEntity> result = new LinkedHashMap<>();
        for (int from = 0; from < unique.size(); from += MAX_IDS_PER_CALL) {
            List<String> batch = unique.subList(from, Math.min(unique.size(), from + MAX_IDS_PER_CALL));
            Map<String, String> params = new LinkedHashMap<>();
            params.put("action", "wbgetentities");
            params.put("ids", String.join("|", batch));
            params.put("props", "labels|descriptions|aliases|claims");
            params.put("languages", ApiResponses.LANGUAGE);
            params.put("redirects", "yes");
            result.putAll(ApiResponses.entities(get(params)));
        }
        return result;
    }

    /** Requests sent so far, retries included. */
    public int requestCount() {
        return requests.get();
    }

    private JsonNode get(Map<String, String> params) {
        params.put("format", "json");
        params.put("maxlag", MAX_LAG_SECONDS);
        URI uri = URI.create(settings.endpoint() + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json")
                .GET()
                .build();
        synchronized (serial) {
            try {
                return sendWithRetries(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WikidataUnavailableException("Interrupted while waiting for Wikidata", e);
            }
        }
    }

    private JsonNode sendWithRetries(HttpRequest request) throws InterruptedException {
        RetryPolicy retry = settings.retry();
        String lastProblem = "";
        for (int attempt = 1; ; attempt++) {
            rateLimiter.acquire();
            requests.incrementAndGet();
            Attempt outcome = attempt(request);
            if (outcome.answer() != null) return outcome.answer();
            lastProblem = outcome.problem();
            if (attempt >= retry.maxAttempts()) break;
            sleeper.sleep(retry.delay(attempt, outcome.retryAfter()));
        }
        throw new WikidataUnavailableException("Wikidata kept failing (" + lastProblem + ") after "
                + retry.maxAttempts() + " attempts");
    }

    /** One request: an answer, or a problem worth retrying; problems not worth it are thrown. */
    private Attempt attempt(HttpRequest request) throws InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return Attempt.retry("timed out", Optional.empty());
        } catch (IOException e) {
            throw new WikidataUnavailableException("cannot reach " + settings.endpoint().getHost() + ": " + e, e);
        }
        int status = response.statusCode();
        Optional<Duration> retryAfter = retryAfter(response);
        if (status == 429 || status >= 500) return Attempt.retry("HTTP " + status, retryAfter);
        if (status != 200) {
            throw new WikidataUnavailableException("Wikidata refused the request with HTTP " + status
                    + (status == 403 ? " (is the User-Agent acceptable?)" : ""));
        }
        JsonNode root = ApiResponses.parse(response.body());
        Optional<ApiResponses.ApiError> error = ApiResponses.error(root);
        if (error.isEmpty()) return Attempt.answer(root);
        if (error.get().retryable()) return Attempt.retry(error.get().code() + ": " + error.get().info(), retryAfter);
        throw new WikidataUnavailableException("Wikidata refused the request: " + error.get().code() + " ("
                + error.get().info() + ")");
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date: the back-off schedule is good enough
            }
        });
    }

    private record Attempt(JsonNode answer, String problem, Optional<Duration> retryAfter) {
        static Attempt answer(JsonNode root) {
            return new Attempt(root, null, Optional.empty());
        }

        static Attempt retry(String problem, Optional<Duration> retryAfter) {
            return new Attempt(null, problem, retryAfter);
        }
    }
}
