package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access for the web pages of the given origins only, and only to read: a browser page
 * of another site may send queries, never credentials, so a user logged in elsewhere cannot be made
 * to update the data. Not installed at all unless origins are configured.
 */
final class CorsFilter implements Filter {
    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    static final String ALLOWED_HEADERS = "Accept, Content-Type";

    private final Set<String> origins;

    CorsFilter(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        String origin = http.getHeader("Origin");
        if (origin == null || !origins.contains(origin)) {
            chain.doFilter(request, response);
            return;
        }
        out.setHeader("Access-Control-Allow-Origin", origin);
        out.addHeader("Vary", "Origin");
        if ("OPTIONS".equalsIgnoreCase(http.getMethod()) && http.getHeader("Access-Control-Request-Method") != null) {
            out.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            out.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            out.setHeader("Access-Control-Max-Age", "600");
            out.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
