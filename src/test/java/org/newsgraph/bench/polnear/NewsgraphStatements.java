package org.newsgraph.bench.polnear;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;

/**
 * newsgraph's statements as the benchmark sees them: content span, and as speaker spans the
 * speaker actor's mentions plus the phrase that names the speaker in this statement's attribution
 * ("he" of "he said", which is no actor mention).
 */
final class NewsgraphStatements {
    private NewsgraphStatements() {
    }

    static List<ExtractedStatement> of(Extraction extraction) {
        return extraction.statements().stream().map(s -> of(s, extraction)).toList();
    }

    private static ExtractedStatement of(Statement statement, Extraction extraction) {
        if (statement.speaker() == null && statement.speakerPhrase() == null) {
            return ExtractedStatement.unattributed(statement.span());
        }
        List<Span> spans = new ArrayList<>(extraction.actors().stream()
                .filter(a -> a.id().equals(statement.speaker()))
                .findFirst().map(Actor::mentions).orElse(List.of()));
        if (statement.speakerPhrase() != null) spans.add(statement.speakerPhrase());
        return new ExtractedStatement(statement.span(), true, spans);
    }
}
