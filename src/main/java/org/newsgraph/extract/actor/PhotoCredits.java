package org.newsgraph.extract.actor;

import java.util.List;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Token;

/**
 * Photo credits at the head of a caption: "Dinuka Liyanawatte/Reuters People gather …", "Pradeep
 * Dambarage/NURPHO/Associated Press Police fired …". The photographer and the agencies are no
 * actors of the caption; taken for its subject, the photographer "gathered inside the President's
 * House". A credit is a person's name opening the sentence, a slash written against it, then the
 * agencies' entity written right after the slash; "US/China talks" (no person) is no credit.
 */
final class PhotoCredits {
    private PhotoCredits() {
    }

    /**
     * The number of tokens a credit opening the sentence takes (name, slash, agencies), or 0: the
     * entities that end within it are the credit's.
     */
    static int length(List<EntityMention> sentenceEntities, List<Token> tokens) {
        EntityMention first = sentenceEntities.stream().filter(e -> e.tokenBegin() == 0).findFirst().orElse(null);
        if (first == null || !first.nerType().equals("PERSON") || first.tokenEnd() >= tokens.size()) return 0;
        Token slash = tokens.get(first.tokenEnd());
        if (!slash.word().equals("/") || slash.begin() != first.end()) return 0;
        int end = first.tokenEnd();
        for (EntityMention e : sentenceEntities) {
            if (e.tokenBegin() == first.tokenEnd() + 1 && e.begin() == slash.begin() + 1) end = Math.max(end, e.tokenEnd());
        }
        return end;
    }
}
