package org.newsgraph.link.wikidata;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an item is, read from its "instance of" (P31) classes: a human, a sovereign state, an
 * organization (through the list in link/wikidata/organization-classes.tsv, directly or one
 * "subclass of" step up), or a kind of page that is never an actor (disambiguations, names).
 */
final class WikidataClasses {
    static final String HUMAN = "Q5";
    private static final Set<String> STATES = Set.of("Q3624078", "Q6256");
    /** Disambiguation page, Wikimedia list, family name, given names: items about words, not actors. */
    private static final Set<String> NOT_ACTORS = Set.of("Q4167410", "Q13406463", "Q101352", "Q202444",
            "Q12308941", "Q11879590", "Q3409032");
    private static final Set<String> ORGANIZATIONS = DataFiles.rows("link/wikidata/organization-classes.tsv")
            .stream().map(row -> row[0].strip()).collect(Collectors.toUnmodifiableSet());

    private WikidataClasses() {
    }

    static boolean isHuman(WikidataEntity e) {
        return e.instanceOf().contains(HUMAN);
    }

    static boolean isState(WikidataEntity e) {
        return e.instanceOf().stream().anyMatch(STATES::contains);
    }

    static boolean isNeverAnActor(WikidataEntity e) {
        return e.instanceOf().stream().anyMatch(NOT_ACTORS::contains);
    }

    /** True when a class of the item, or a direct superclass of one (from {@code classes}), is an organization class. */
    static boolean isOrganization(WikidataEntity e, Map<String, WikidataEntity> classes) {
        for (String type : e.instanceOf()) {
            if (ORGANIZATIONS.contains(type)) return true;
            WikidataEntity typeEntity = classes.get(type);
            if (typeEntity != null && anyIn(typeEntity.subclassOf(), ORGANIZATIONS)) return true;
        }
        return false;
    }

    private static boolean anyIn(Collection<String> values, Set<String> wanted) {
        return values.stream().anyMatch(wanted::contains);
    }
}
