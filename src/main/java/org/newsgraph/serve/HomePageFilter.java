package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The server's root page (http://127.0.0.1:3030/): a short HTML page that leads to the explorer and
 * lists the endpoints, instead of Fuseki's 404. Only the root itself; every other path goes on.
 */
final class HomePageFilter implements Filter {
    /** One endpoint: its path from the root ("/newsgraph/sparql") and what it does. */
    record Link(String path, String description) {
    }

    private volatile List<Link> links = List.of();

    void show(List<Link> links) {
        this.links = List.copyOf(links);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!"/".equals(http.getRequestURI()) || !("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        byte[] page = page(links).getBytes(StandardCharsets.UTF_8);
        HttpServletResponse out = (HttpServletResponse) response;
        out.setStatus(HttpServletResponse.SC_OK);
        out.setContentType("text/html;charset=utf-8");
        out.setContentLength(page.length);
        if ("GET".equals(http.getMethod())) out.getOutputStream().write(page);
    }

    static String page(List<Link> links) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>newsgraph</title></head>
                <body>
                <h1>newsgraph</h1>
                <p>Actors, statements and CAMEO events from news articles, as RDF.
                <a href="/explore/">Open the explorer</a> to search actors and see who did and said what to whom.</p>
                <h2>Endpoints</h2>
                <ul>
                """);
        for (Link link : links) {
            String path = Entities.escape(link.path());
            html.append("<li><a href=\"").append(path).append("\">").append(path).append("</a> — ")
                    .append(Entities.escape(link.description())).append("</li>\n");
        }
        html.append("""
                </ul>
                <p>A GET on a SPARQL endpoint without a query returns its service description; the dataset's
                VoID description is in the graph &lt;https://w3id.org/newsgraph/id/graph/void&gt;.</p>
                </body></html>
                """);
        return html.toString();
    }
}
