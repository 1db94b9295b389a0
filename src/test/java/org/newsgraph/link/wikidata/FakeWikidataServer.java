package org.newsgraph.link.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.newsgraph.lexicon.NameNormalizer;

/**
 * A stand-in for https://www.wikidata.org/w/api.php on a free loopback port, answering
 * wbsearchentities and wbgetentities from the fixtures in src/test/resources/wikidata. Tests can
 * queue failures (status, Retry-After, body, delay) that are answered before the fixtures, and read
 * back every request it saw.
 */
public final class FakeWikidataServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One queued answer instead of the fixture. */
    record Scripted(int status, String retryAfter, String body, long delayMillis) {
    }

    /** What the server saw of one request. */
    record Seen(Map<String, String> params, String userAgent) {
    }

    private final HttpServer server;
    // Several handler threads, so a deliberately slow answer does not hold up the next request.
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Deque<Scripted> script = new ArrayDeque<>();
    private final List<Seen> requests = Collections.synchronizedList(new ArrayList<>());

    public FakeWikidataServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/w/api.php", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    /** Settings for a client of this server: no waiting between requests, short timeouts. */
    ClientSettings settings() {
        return new ClientSettings(endpoint(), "newsgraph-test/1.0 (test@example.org)", Duration.ZERO,
                new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30)),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 7);
    }

    synchronized void enqueue(Scripted answer) {
        script.add(answer);
    }

    List<Seen> requests() {
        return List.copyOf(requests);
    }

    public int requestCount() {
        return requests.size();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
        requests.add(new Seen(params, exchange.getRequestHeaders().getFirst("User-Agent")));
        Scripted scripted;
        synchronized (this) {
            scripted = script.poll();
        }
        if (scripted != null) {
            sleep(scripted.delayMillis());
            if (scripted.retryAfter() != null) exchange.getResponseHeaders().add("Retry-After", scripted.retryAfter());
            send(exchange, scripted.status(), scripted.body() == null ? "" : scripted.body());
            return;
        }
        String body = switch (params.getOrDefault("action", "")) {
            case "wbsearchentities" -> search(params.get("search"));
            case "wbgetentities" -> entities(params.get("ids"));
            default -> "{\"error\":{\"code\":\"badvalue\",\"info\":\"Unrecognized value for parameter \\\"action\\\".\"}}";
        };
        send(exchange, 200, body);
    }

    private static String search(String text) throws IOException {
        String slug = NameNormalizer.normalize(text).replace(' ', '-');
        JsonNode fixture = fixture("search/" + slug + ".json");
        if (fixture != null) return JSON.writeValueAsString(fixture);
        ObjectNode empty = JSON.createObjectNode();
        empty.putObject("searchinfo").put("search", text);
        empty.putArray("search");
        empty.put("success", 1);
        return JSON.writeValueAsString(empty);
    }

    private static String entities(String ids) throws IOException {
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode entities = answer.putObject("entities");
        for (String id : ids.split("\\|")) {
            JsonNode fixture = fixture("entities/" + id + ".json");
            if (fixture == null) {
                entities.putObject(id).put("id", id).put("missing", "");
            } else {
                entities.set(id, fixture.path("entities").path(id));
            }
        }
        answer.put("success", 1);
        return JSON.writeValueAsString(answer);
    }

    static JsonNode fixture(String path) throws IOException {
        try (InputStream in = FakeWikidataServer.class.getClassLoader().getResourceAsStream("wikidata/" + path)) {
            return in == null ? null : JSON.readTree(in);
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null) return params;
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // The client gave up (a timeout test): nothing to answer.
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) return;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
