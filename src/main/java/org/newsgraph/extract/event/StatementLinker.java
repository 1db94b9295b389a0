package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.Token;

/**
 * Finds the statement that states an event (ng:statedIn): the statement whose words contain the
 * trigger ("… Russia would supply arms …"), or the statement made by the trigger itself, a
 * reporting verb that is also an event ("threatened to …", "condemned …").
 */
final class StatementLinker {
    private StatementLinker() {
    }

    static int statementOf(EventDraft event, List<Statement> statements) {
        if (event.statement >= 0) return event.statement;
        Token trigger = event.sentence.token(event.trigger);
        int best = -1;
        for (int i = 0; i < statements.size(); i++) {
            Span span = statements.get(i).span();
            if (span.begin() <= trigger.begin() && trigger.begin() < span.end()
                    && (best < 0 || length(span) < length(statements.get(best).span()))) {
                best = i;
            }
        }
        if (best >= 0) return best;
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            if (statement.cue() != null && statement.cue().equals(trigger.lemma().toLowerCase(Locale.ROOT))
                    && inSentence(statement.span(), event.sentence)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean inSentence(Span span, ParsedSentence s) {
        return span.begin() < s.sentence().end() && s.sentence().begin() < span.end();
    }

    private static int length(Span span) {
        return span.end() - span.begin();
    }
}
