package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.explore.ExplorerServlet;
import org.newsgraph.store.StoreState;

/**
 * Answers a read-only query, or a call of the explorer page's API, from {@link QueryResultCache}
 * when the same request was answered in the same state of the database, and keeps the answers it
 * lets through. Says which it did in a
 * response header ({@value #CACHE_HEADER}: hit or miss). An answer is kept only when it was
 * complete: status 200, no error while it was sent, and sent within the query timeout (a query
 * that timed out while its results streamed leaves a cut answer with status 200).
 */
final class QueryCacheFilter implements Filter {
    static final String CACHE_HEADER = "Newsgraph-Cache";
    /** Headers of an answer replayed with its body. */
    private static final List<String> ANSWER_HEADERS =
            List.of(LimitedQueryService.LIMIT_HEADER, "Vary", "Content-Disposition", "Cache-Control");

    private final QueryResultCache cache;
    private volatile DatasetGraph dataset;
    private volatile String datasetPath;
    private volatile long timeoutNanos = Long.MAX_VALUE;

    QueryCacheFilter(QueryResultCache cache) {
        this.cache = cache;
    }

    /**
     * Starts keeping answers of the dataset served under a path such as "/newsgraph", and of the
     * explorer page's API, which reads the same dataset; requests to anything else pass through.
     */
    void connect(String path, DatasetGraph dataset) {
        this.timeoutNanos = QueryTimeouts.overallMillis(dataset.getContext(), ARQ.getContext()) * 1_000_000L;
        this.datasetPath = path;
        this.dataset = dataset;
    }

    /** The request read as one whose answer may be kept; with no query when it is for something else. */
    private CacheableQuery.Passed read(HttpServletRequest request) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(datasetPath) || path.startsWith(datasetPath + "/")) return CacheableQuery.read(request);
        if (path.startsWith(ExplorerServlet.API_PATH)) return CacheableQuery.readExplorerCall(request);
        return new CacheableQuery.Passed(request, null);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        DatasetGraph data = dataset;
        if (data == null || !(request instanceof HttpServletRequest http)
                || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        CacheableQuery.Passed passed = read(http);
        StoreState before = passed.query() == null ? null : StoreState.of(data);
        if (before == null) {
            chain.doFilter(passed.request(), response);
            return;
        }
        String accept = http.getHeader("Accept") == null ? "" : http.getHeader("Accept");
        QueryResultCache.Key key = new QueryResultCache.Key(before, http.getRequestURI(), accept,
                passed.query().parameters(), passed.query().body());
        QueryResultCache.Answer answer = cache.find(key);
        if (answer != null) {
            send(answer, out);
            return;
        }
        out.setHeader(CACHE_HEADER, "miss");
        CopyingResponse copying = new CopyingResponse(out, cache.maxAnswerBytes());
        long start = System.nanoTime();
        chain.doFilter(passed.request(), copying);
        copying.flushBuffer();
        byte[] body = copying.body();
        if (out.getStatus() == HttpServletResponse.SC_OK && body != null
                && System.nanoTime() - start < timeoutNanos) {
            cache.keep(key, StoreState.of(data), new QueryResultCache.Answer(out.getContentType(), headers(out), body));
        }
    }

    private static Map<String, String> headers(HttpServletResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : ANSWER_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) headers.put(name, value);
        }
        return headers;
    }

    private static void send(QueryResultCache.Answer answer, HttpServletResponse out) throws IOException {
        out.setStatus(HttpServletResponse.SC_OK);
        if (answer.contentType() != null) out.setContentType(answer.contentType());
        answer.headers().forEach(out::setHeader);
        out.setHeader(CACHE_HEADER, "hit");
        out.setContentLength(answer.body().length);
        out.getOutputStream().write(answer.body());
    }
}
