package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs a question that opens with a modal before a name: NER reads "Will Trump go to jail?" and
 * "Will Harry and his father come to agreement?" as the names "Will Trump" and "Will Harry", so
 * the article gets a person of its own, unlinked, and "Harry" is labelled "Will Harry". In a
 * question whose first word is a modal spelled like a first name, followed by a name and then by a
 * verb in its base form, the first word is the modal; "Will Smith slapped Chris Rock." is no
 * question and keeps its name.
 */
final class QuestionModals {
    /** Modals that are also first names. */
    private static final Set<String> MODAL_NAMES = Set.of("will", "may", "can");
    private static final String PERSON = "PERSON";
    private static final String OUTSIDE = "O";

    private QuestionModals() {
    }

    static void repair(List<CoreLabel> tokens) {
        int first = firstWord(tokens);
        if (first < 0 || first + 1 >= tokens.size() || !isQuestion(tokens)) return;
        CoreLabel modal = tokens.get(first);
        if (!MODAL_NAMES.contains(modal.word().toLowerCase(Locale.ROOT)) || !PERSON.equals(modal.ner())) return;
        int after = first + 1;
        while (after < tokens.size() && PERSON.equals(tokens.get(after).ner())) after++;
        if (after == first + 1 || !hasBaseVerb(tokens, after)) return;
        modal.setNER(OUTSIDE);
        modal.setTag("MD");
        modal.setLemma(modal.word().toLowerCase(Locale.ROOT));
    }

    /** The first token that is not an opening quotation mark or bracket; -1 for none. */
    private static int firstWord(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tokens.get(i).tag();
            if (tag != null && !tag.equals("``") && !tag.equals("-LRB-")) return i;
        }
        return -1;
    }

    private static boolean isQuestion(List<CoreLabel> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String word = tokens.get(i).word();
            if (word.equals("?")) return true;
            if (!"''".equals(tokens.get(i).tag()) && !"-RRB-".equals(tokens.get(i).tag())) return false;
        }
        return false;
    }

    /** "go" in "Will Trump go to jail?", "come" after "and his father, who …,": a base-form verb later on. */
    private static boolean hasBaseVerb(List<CoreLabel> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if ("VB".equals(tokens.get(i).tag())) return true;
        }
        return false;
    }
}
