package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Repairs a tagging error NER can see: a first name that is also a word ("Will Carless", "Mark
 * Warner", "May Mobley") tagged as a modal or a verb although NER puts it in a person's name with
 * the capitalised word after it. The parser then reads "Correspondent Will Carless discusses" as
 * "the correspondent will discuss", the name loses its first word and the act becomes a plan. A
 * capitalised word inside a person's name is a proper noun, with itself as lemma.
 */
final class PersonNameTags {
    private static final String PERSON = "PERSON";

    private PersonNameTags() {
    }

    static void repair(List<CoreLabel> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            CoreLabel next = tokens.get(i + 1);
            if (!PERSON.equals(t.ner()) || !PERSON.equals(next.ner()) || t.tag() == null) continue;
            boolean verbal = t.tag().startsWith("VB") || t.tag().equals("MD");
            boolean capitalised = !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
                    && !next.word().isEmpty() && Character.isUpperCase(next.word().charAt(0));
            if (!verbal || !capitalised) continue;
            t.setTag("NNP");
            t.setLemma(t.word());
        }
    }
}
