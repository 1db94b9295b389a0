package org.newsgraph.extract.actor;

import java.util.List;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Token;

/**
 * The names of court cases: "Roe v. Wade", "Brown v. Board of Education", "Trump v. Anderson". NER
 * tags their parties as people, places or organizations; taken for actors, "the Supreme Court
 * overturned Roe v. Wade" becomes an act against a person named Roe, and a bare "Roe" may be linked
 * to whoever of that surname holds an office. A case name is proper nouns on both sides of "v." (or
 * "v"); "vs." is left alone, since it also joins rivals who are actors ("Trump vs. Biden").
 */
final class CaseNames {
    private CaseNames() {
    }

    /** Which tokens of the sentence belong to a case name. */
    static boolean[] mask(List<Token> tokens) {
        boolean[] inCase = new boolean[tokens.size()];
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (!word.equals("v.") && !word.equals("v")) continue;
            if (!isNamePart(tokens.get(i - 1)) || !isNamePart(tokens.get(i + 1))) continue;
            int first = i - 1;
            while (first > 0 && isNamePart(tokens.get(first - 1))) first--;
            int last = i + 1;
            // "Brown v. Board of Education", "Dobbs v. Jackson Women's Health Organization"
            while (last + 1 < tokens.size() && (isNamePart(tokens.get(last + 1)) || joinsName(tokens, last + 1))) last++;
            for (int t = first; t <= last; t++) inCase[t] = true;
        }
        return inCase;
    }

    /** Whether the entity has a word inside a case name. */
    static boolean covers(boolean[] mask, EntityMention entity) {
        for (int t = entity.tokenBegin(); t < entity.tokenEnd() && t < mask.length; t++) {
            if (mask[t]) return true;
        }
        return false;
    }

    private static boolean isNamePart(Token token) {
        return token.pos().startsWith("NNP");
    }

    /** "of" or a possessive inside a party's name, when a proper noun follows it. */
    private static boolean joinsName(List<Token> tokens, int i) {
        String word = tokens.get(i).word();
        boolean joiner = word.equals("of") || tokens.get(i).pos().equals("POS");
        return joiner && i + 1 < tokens.size() && isNamePart(tokens.get(i + 1));
    }
}
