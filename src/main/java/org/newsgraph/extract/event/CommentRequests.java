package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.nlp.Dependency;

/**
 * Asking someone for comment is the reporter's work, not an event between actors: "CNN has reached
 * out to an attorney for Kelly for comment", "has sought comment from the US Attorney's Office",
 * "contacted the police for further details". An appeal, consultation or request (CAMEO 02-04)
 * whose verb asks for comment or details (word class {@code commenting}) is dropped; declining to
 * comment (011) is the other side's act and stays.
 */
final class CommentRequests {
    private static final Set<String> ASKING_ROOTS = Set.of("02", "03", "04");
    private static final Set<String> ASKED_FOR = Set.of("obj", "obl:for", "advcl:for");
    static final String COMMENTING = "commenting";

    private final WordClasses classes;

    CommentRequests(WordClasses classes) {
        this.classes = classes;
    }

    void drop(List<EventDraft> drafts) {
        drafts.removeIf(d -> ASKING_ROOTS.contains(d.root()) && asksForComment(d.sentence, d.trigger));
    }

    private boolean asksForComment(ParsedSentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            String r = d.relation();
            if (ASKED_FOR.contains(r) && classes.is(s.token(d.dependent()).lemma(), COMMENTING)) return true;
            // "reached out to an attorney for Kelly for comment": the parser may hang it on whom is asked
            if (!r.equals("obj") && !r.startsWith("obl")) continue;
            for (int of : s.children(d.dependent(), "nmod:for")) {
                if (classes.is(s.token(of).lemma(), COMMENTING)) return true;
            }
        }
        return false;
    }
}
