package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP requests to a test server, with or without a login. Each request gets its own connection:
 * the server may close a connection after refusing a request whose body it did not read, and a
 * client reusing that connection at the same moment fails with "received no bytes".
 */
public final class TestHttp {
    private final String baseUrl;

    public TestHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public HttpResponse<String> query(String sparql) {
        return send(request("/newsgraph/sparql?query=" + encode(sparql))
                .header("Accept", "application/sparql-results+json").GET());
    }

    public HttpResponse<String> update(String sparqlUpdate, String user, String password) {
        return send(login(request("/newsgraph/update"), user, password)
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate)));
    }

    public HttpResponse<String> ingest(String jsonl, String user, String password) {
        return send(login(request("/newsgraph/ingest"), user, password)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(jsonl)));
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofMinutes(5));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Adds HTTP basic authentication unless {@code user} is null. */
    public static HttpRequest.Builder login(HttpRequest.Builder request, String user, String password) {
        if (user == null) return request;
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + credentials);
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One JSONL line for the ingest endpoint. */
    public static String jsonLine(String id, String published, String text) {
        return "{\"id\": \"" + id + "\", \"published\": \"" + published + "\", \"text\": \""
                + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}\n";
    }
}
