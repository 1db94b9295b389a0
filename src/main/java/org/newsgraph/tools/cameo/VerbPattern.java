package org.newsgraph.tools.cameo;

import java.util.List;

/**
 * A pattern of a PETRARCH verb block, reduced to what a dependency parse can check: the words of
 * the verb's object (alternatives, each a phrase whose last word is the head), and the first
 * prepositional phrase after the verb with the words of its object (none: any object).
 *
 * @param block         the verb block it belongs to (its verbs share the pattern)
 * @param code          the CAMEO code the pattern gives
 * @param objects       alternatives for the object, lower case; empty when the pattern names none
 * @param preposition   the preposition of the first prepositional phrase, lower case, or null
 * @param prepObjects   alternatives for the preposition's object; empty for any
 */
public record VerbPattern(String block, String code, List<String> objects, String preposition,
                          List<String> prepObjects) {
    public VerbPattern {
        objects = List.copyOf(objects);
        prepObjects = List.copyOf(prepObjects);
    }
}
