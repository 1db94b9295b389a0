package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.newsgraph.model.Article;

/** Describes the article itself: type, headline, date, URL, publisher, source id. */
final class ArticleMapper {
    private final TripleWriter out;

    ArticleMapper(TripleWriter out) {
        this.out = out;
    }

    /** Writes the article's triples and returns its node (also the IRI of its named graph). */
    Node map(Article article) {
        Node node = NodeFactory.createURI(Iris.article(article.sourceId()));
        out.type(node, NG.Article);
        out.string(node, NG.sourceId, article.sourceId());
        out.string(node, NG.Schema.headline, article.title());
        out.date(node, NG.Schema.datePublished, article.published());
        out.iri(node, NG.Schema.url, usableUrl(article.url()));
        out.string(node, NG.Schema.publisher, article.publisher());
        return node;
    }

    // A URL scraped from a page can be malformed; a bad IRI would make the whole graph unwritable
    // as Turtle, so such a URL is left out rather than stored broken.
    private static String usableUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            IRIx iri = IRIx.create(url.strip());
            return iri.isAbsolute() ? iri.str() : null;
        } catch (IRIException e) {
            return null;
        }
    }
}
