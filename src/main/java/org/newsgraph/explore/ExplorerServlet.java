package org.newsgraph.explore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer web page at /explore/ and its JSON API at /explore/api/...: network, search,
 * evidence, queries and config. Mounted on the SPARQL server by
 * {@link org.newsgraph.serve.NewsgraphServer}, which connects it to the served dataset once
 * Fuseki has built it. Everything is read-only; errors carry a short message, never a stack trace.
 */
public final class ExplorerServlet extends HttpServlet {
    /** The servlet path spec to mount it on. */
    public static final String PATH_SPEC = "/explore/*";
    /** Where its API answers: GET requests whose answers are read from the connected dataset only. */
    public static final String API_PATH = "/explore/api/";
    private static final Logger LOG = LoggerFactory.getLogger(ExplorerServlet.class);
    // Only this server's own files and endpoints: the page works offline and loads nothing from elsewhere.
    // Cytoscape.js adds a <style> element for its container, hence inline styles (scripts stay 'self').
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:;"
            + " style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

    private final transient StaticFiles files = new StaticFiles();
    private transient volatile ExplorerApi api;

    /**
     * Serves the API from {@code dataset}, and tells the page to send SPARQL to {@code sparqlPath}
     * and to link articles to {@code graphStorePath} (null when the server has no such endpoint).
     */
    public void connect(Dataset dataset, String sparqlPath, String graphStorePath) {
        this.api = new ExplorerApi(dataset, sparqlPath, graphStorePath);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        String relative = path.substring(1);
        if (relative.startsWith("api/")) {
            answerApi(relative.substring("api/".length()), request, response);
            return;
        }
        Optional<StaticFiles.StaticFile> file = files.find(relative);
        if (file.isEmpty()) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "No such page: /explore/" + relative);
            return;
        }
        response.setContentType(file.get().mediaType());
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(file.get().content());
    }

    private void answerApi(String call, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExplorerApi connected = api;
        if (connected == null) {
            error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The explorer is not connected to a database yet.");
            return;
        }
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            OutputStream out = response.getOutputStream();
            switch (call) {
                case "network" -> connected.network(request.getParameter("actor"),
                        intParameter(request, "limit", ExplorerApi.MAX_EDGES), out);
                case "search" -> connected.searchActors(required(request, "q"), out);
                case "evidence" -> connected.evidence(required(request, "source"), required(request, "target"), out);
                case "queries" -> connected.cannedQueries(out);
                case "config" -> connected.config(out);
                default -> error(response, HttpServletResponse.SC_NOT_FOUND, "No such API call: " + call);
            }
        } catch (IllegalArgumentException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Explorer API call {} failed", call, e);
            error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "The query failed on the server.");
        }
    }

    private static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing parameter '" + name + "'.");
        }
        return value;
    }

    private static int intParameter(HttpServletRequest request, String name, int otherwise) {
        String value = request.getParameter(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Parameter '" + name + "' must be a whole number.");
        }
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
