package org.newsgraph.extract.actor;

import java.util.List;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Token;

/**
 * Photo credits at the head of a caption: "Dinuka Liyanawatte/Reuters People gather …", "Pradeep
 * Dambarage/NURPHO/Associated Press Police fired …". The photographer and the agencies are no
 * actors of the caption; taken for its subject, the photographer "gathered inside the President's
 * House". A credit is a person's name opening the sentence, a slash written against it, then the
 * agencies; "US/China talks" (no person) is no credit.
 */
final class PhotoCredits {
    private PhotoCredits() {
    }

    /** The number of tokens a credit opening the sentence takes (name, slash, agencies), or 0. */
    static int length(List<EntityMention> sentenceEntities, List<Token> tokens) {
        int end = 0;
        for (EntityMention e : sentenceEntities) {
            if (isCredit(e, sentenceEntities, tokens)) end = Math.max(end, e.tokenEnd());
        }
        return end;
    }

    /** True for the photographer's name or the agencies' names of a credit opening the sentence. */
    static boolean isCredit(EntityMention entity, List<EntityMention> sentenceEntities, List<Token> tokens) {
        EntityMention first = sentenceEntities.stream().filter(e -> e.tokenBegin() == 0).findFirst().orElse(null);
        if (first == null || !first.nerType().equals("PERSON") || first.tokenEnd() >= tokens.size()) return false;
        Token slash = tokens.get(first.tokenEnd());
        if (!slash.word().equals("/") || slash.begin() != first.end()) return false;
        if (entity == first) return true;
        // the agencies: the entity written right after the slash
        return entity.tokenBegin() == first.tokenEnd() + 1 && entity.begin() == slash.begin() + 1;
    }
}
