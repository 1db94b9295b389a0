package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.nlp.WordList;

/**
 * "Garland addressed what he called unfounded attacks on the FBI", "what she described as a
 * witch hunt": a naming verb whose object is the free relative "what" says what something is
 * called, so it is no appeal ("called on the professionalism of the FBI" read as "called on the
 * FBI"), no telephone call and no consultation (CAMEO 02-04). A judgement it carries (111) stays.
 */
final class NamingClauses {
    private static final WordList NAMING_VERBS = WordList.load("extract/naming-verbs.txt");
    private static final Set<String> ASKING_ROOTS = Set.of("02", "03", "04");

    private NamingClauses() {
    }

    static void drop(List<EventDraft> drafts) {
        drafts.removeIf(d -> ASKING_ROOTS.contains(d.root()) && namesWhat(d.sentence, d.trigger));
    }

    private static boolean namesWhat(ParsedSentence s, int verb) {
        if (!NAMING_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) return false;
        return s.children(verb, "obj").stream().anyMatch(o -> s.token(o).word().equalsIgnoreCase("what"));
    }
}
