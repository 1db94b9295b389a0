package org.newsgraph.link.wikidata;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The part of a Wikidata item that linking checks, in English. Only claims of normal or preferred
 * rank are kept; deprecated ones are known to be wrong.
 *
 * @param id           "Q21001"
 * @param label        English label, or the id when the item has none
 * @param description  English description, or ""
 * @param aliases      English aliases
 * @param instanceOf   P31 values
 * @param subclassOf   P279 values (for classes: is a "ministry" an organization?)
 * @param citizenship  P27 values
 * @param country      P17 values
 * @param jurisdiction P1001 values (for positions: the state a "President of …" belongs to)
 * @param positions    P39 claims with their start and end qualifiers
 * @param born         P569, earliest day it can mean, or null
 * @param died         P570, latest day it can mean, or null
 */
public record WikidataEntity(String id, String label, String description, List<String> aliases,
                             List<String> instanceOf, List<String> subclassOf, List<String> citizenship,
                             List<String> country, List<String> jurisdiction, List<HeldPosition> positions,
                             LocalDate born, LocalDate died) {
    public WikidataEntity {
        Objects.requireNonNull(id, "id");
        label = label == null || label.isBlank() ? id : label;
        description = description == null ? "" : description;
        aliases = List.copyOf(aliases);
        instanceOf = List.copyOf(instanceOf);
        subclassOf = List.copyOf(subclassOf);
        citizenship = List.copyOf(citizenship);
        country = List.copyOf(country);
        jurisdiction = List.copyOf(jurisdiction);
        positions = List.copyOf(positions);
    }

    /** The label and the aliases. */
    public List<String> names() {
        return Stream.concat(Stream.of(label), aliases.stream()).toList();
    }

    /** The states or countries the item says it belongs to: P17 and P1001 together. */
    public List<String> countries() {
        return Stream.concat(country.stream(), jurisdiction.stream()).distinct().toList();
    }
}
