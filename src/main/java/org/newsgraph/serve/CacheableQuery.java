package org.newsgraph.serve;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A read request whose answer depends only on the data: a call of the explorer page's API, or a
 * SPARQL query: GET or form POST with a
 * {@code query} parameter, or POST of {@code application/sparql-query}. Queries that call other
 * endpoints (SERVICE) or ask for the time, random numbers or fresh identifiers are not: their
 * answers change while the data does not.
 *
 * @param parameters the request's parameters, in a canonical order
 * @param body       the POSTed query, or "" for parameters only
 */
record CacheableQuery(String parameters, String body) {
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final Pattern CHANGING = Pattern.compile(
            "(?i)\\bSERVICE\\b|\\b(RAND|NOW|UUID|STRUUID|BNODE)\\s*\\(");

    /**
     * Reads the request. A POSTed body is read whatever the outcome: pass on the request returned
     * rather than the original.
     */
    static Passed read(HttpServletRequest request) throws IOException {
        String method = request.getMethod();
        String contentType = request.getContentType() == null ? "" : request.getContentType();
        if ("POST".equals(method) && contentType.regionMatches(true, 0, SPARQL_QUERY, 0, SPARQL_QUERY.length())) {
            byte[] body = request.getInputStream().readAllBytes();
            HttpServletRequest replayable = new ReplayedBody(request, body);
            String query = new String(body, StandardCharsets.UTF_8);
            return new Passed(replayable, cacheable(query)
                    ? new CacheableQuery(parameters(request.getParameterMap()), query) : null);
        }
        boolean queryParameters = "GET".equals(method)
                || ("POST".equals(method) && contentType.startsWith("application/x-www-form-urlencoded"));
        String query = queryParameters ? request.getParameter("query") : null;
        return new Passed(request, query != null && cacheable(query)
                ? new CacheableQuery(parameters(request.getParameterMap()), "") : null);
    }

    /** A call of the explorer page's API: a GET whose answer is read from the served dataset only. */
    static Passed readExplorerCall(HttpServletRequest request) {
        return new Passed(request, "GET".equals(request.getMethod())
                ? new CacheableQuery(parameters(request.getParameterMap()), "") : null);
    }

    /** The request to pass on and, when its answer may be kept, the query it asks (else null). */
    record Passed(HttpServletRequest request, CacheableQuery query) {
    }

    private static boolean cacheable(String query) {
        return !CHANGING.matcher(query).find();
    }

    private static String parameters(Map<String, String[]> parameters) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, values) -> {
            for (String value : values) {
                canonical.append(name).append('=').append(value).append('\u0000');
            }
        });
        return canonical.toString();
    }

    /** The request with its body, read already, to read again. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body has been read already; no asynchronous reading");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
