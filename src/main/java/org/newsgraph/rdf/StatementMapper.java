package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;

/** Describes the statements of an article. */
final class StatementMapper {
    private final TripleWriter out;
    private final ProvenanceMapper provenance;
    private final Node article;
    private final String sourceId;
    private final String articleText;

    /** {@code articleText} is what the statements' offsets refer to. */
    StatementMapper(TripleWriter out, Node article, String sourceId, String articleText) {
        this.out = out;
        this.provenance = new ProvenanceMapper(out);
        this.article = article;
        this.sourceId = sourceId;
        this.articleText = articleText;
    }

    /**
     * Writes every statement and returns their nodes in the order given, so events can refer to a
     * statement by index. Statements with the same IRI (same speaker, same words) are one
     * statement: the first one is described, the others only share its node.
     */
    List<Node> mapAll(List<Statement> statements) {
        List<Node> nodes = new ArrayList<>(statements.size());
        Set<Node> described = new HashSet<>();
        for (Statement statement : statements) {
            Node node = NodeFactory.createURI(Iris.statement(sourceId, statement));
            nodes.add(node);
            if (described.add(node)) {
                map(statement, node);
            }
        }
        return nodes;
    }

    private void map(Statement statement, Node node) {
        out.type(node, NG.Statement);
        if (statement.speaker() != null) {
            out.iri(node, NG.speaker, Iris.actor(statement.speaker()));
        }
        out.string(node, NG.text, statement.text());
        out.resource(node, NG.quoteKind, statement.kind() == null ? null : NG.quoteKind(statement.kind()));
        out.string(node, NG.cue, statement.cue());
        out.string(node, NG.channel, statement.channel());
        out.date(node, NG.date, statement.date());
        statement.about().forEach(actorId -> out.iri(node, NG.about, Iris.actor(actorId)));
        out.node(node, NG.reportedIn, article);
        provenance.map(node, statement.evidence(), statement.span(), statement.confidence());
        speakerPhrase(node, statement.speakerPhrase());
    }

    /** The words naming the speaker in this report, also when no actor stands for them ("a senior official"). */
    private void speakerPhrase(Node node, Span phrase) {
        if (phrase == null || articleText == null || phrase.end() > articleText.length()) return;
        out.string(node, NG.speakerPhrase, articleText.substring(phrase.begin(), phrase.end()));
        out.integer(node, NG.speakerPhraseBeginIndex, phrase.begin());
        out.integer(node, NG.speakerPhraseEndIndex, phrase.end());
    }
}
