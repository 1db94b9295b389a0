package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders HTML as plain text with one paragraph per block element, separated by blank lines.
 * jsoup's own {@code text()} runs every paragraph together, and the sentence splitter needs the breaks.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th",
            "hr", "br", "address", "details", "summary", "caption");

    private HtmlText() {
    }

    static String render(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.endParagraph();
        return String.join("\n\n", collector.paragraphs);
    }

    private static final class Collector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (isBlock(node)) {
                endParagraph();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (isBlock(node)) endParagraph();
        }

        void endParagraph() {
            String paragraph = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!paragraph.isEmpty()) paragraphs.add(paragraph);
            current.setLength(0);
        }

        private static boolean isBlock(Node node) {
            return node instanceof Element element && BLOCKS.contains(element.normalName());
        }
    }
}
