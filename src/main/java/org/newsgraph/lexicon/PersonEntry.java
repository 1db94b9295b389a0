package org.newsgraph.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A head of state or government known to the gazetteer.
 *
 * @param id       Wikidata id ("Q7747")
 * @param label    name as the source gives it ("Kim Jong-un")
 * @param names    the label and generated variants it can be found by (middle names dropped,
 *                 transliterations, regnal names without the realm)
 * @param surnames family names it can be found by ("Kim" for Kim Jong-un, "Biden" for Joe Biden)
 * @param offices  the offices held, in the order of the source
 */
public record PersonEntry(String id, String label, List<String> names, List<String> surnames,
                          List<Office> offices) {
    public PersonEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        names = List.copyOf(names);
        surnames = List.copyOf(surnames);
        offices = List.copyOf(offices);
    }
}
