package org.newsgraph.tools.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.lexicon.TsvTable;
import org.newsgraph.tools.gazetteer.NameClaims.Strength;

/**
 * Builds the state entries: the sovereign countries of mledoze (independent or UN member) plus the
 * hand-listed extra states, joined with OWID on ISO alpha-3 for the Wikidata id, with names, demonyms
 * and capitals from both sources and the hand-made aliases. Names two states claim equally are left
 * out (see {@link NameClaims}); capitals that name an organization ("Brussels" for the EU) are left out
 * so the city resolves to the organization, not the host state.
 */
final class StateAssembler {
    private final Consumer<String> warn;

    StateAssembler(Consumer<String> warn) {
        this.warn = warn;
    }

    List<StateEntry> assemble(List<CountryRecord> countries, Map<String, OwidCountry> owid, CuratedInputs curated,
                              Set<String> organizationNameKeys) {
        Map<String, CountryRecord> selected = new TreeMap<>();
        Map<String, String> wikidataByIso3 = new TreeMap<>();
        for (CountryRecord country : countries) {
            boolean extra = curated.extraStates().containsKey(country.iso3());
            if (!country.sovereign() && !extra) continue;
            String wikidata = extra && curated.extraStates().get(country.iso3()) != null
                    ? curated.extraStates().get(country.iso3())
                    : owid.containsKey(country.iso3()) ? owid.get(country.iso3()).wikidataId() : null;
            if (wikidata == null) {
                warn.accept("state " + country.iso3() + " (" + country.commonName() + ") has no Wikidata id in OWID "
                        + "and none in " + CuratedInputs.EXTRA_STATES + ": left out");
                continue;
            }
            selected.put(country.iso3(), country);
            wikidataByIso3.put(country.iso3(), wikidata);
        }
        curated.extraStates().keySet().stream().filter(iso3 -> !selected.containsKey(iso3)).sorted()
                .forEach(iso3 -> warn.accept(CuratedInputs.EXTRA_STATES + " lists " + iso3 + ", which the country source lacks"));

        NameClaims names = new NameClaims("state name");
        NameClaims demonyms = new NameClaims("demonym");
        NameClaims capitals = new NameClaims("capital");
        selected.values().forEach(c -> claimFromSources(c, owid.get(c.iso3()), names, demonyms, capitals));
        claimHandMade(curated.extraAliases(), selected.keySet(), names, demonyms, capitals);
        // States of the past are claimed under their Wikidata id: they have no ISO code of today.
        for (TsvTable.Row row : curated.historicalStates()) {
            String id = wikidataId(row);
            row.list("names").forEach(n -> names.claim(id, n, Strength.HAND_MADE));
            names.claim(id, row.get("name"), Strength.HAND_MADE);
            row.list("demonyms").stream().flatMap(d -> DemonymForms.withPlural(d).stream())
                    .forEach(d -> demonyms.claim(id, d, Strength.HAND_MADE));
        }

        Map<String, List<String>> namesWon = names.resolve(warn);
        Map<String, List<String>> demonymsWon = demonyms.resolve(warn);
        Map<String, List<String>> capitalsWon = capitals.resolve(warn);
        List<StateEntry> states = new ArrayList<>();
        for (CountryRecord c : selected.values()) {
            List<String> stateCapitals = capitalsWon.getOrDefault(c.iso3(), List.of()).stream()
                    .filter(city -> !namesAnOrganization(city, c, organizationNameKeys)).toList();
            states.add(new StateEntry(wikidataByIso3.get(c.iso3()), c.iso3(), c.commonName(),
                    c.officialName().isEmpty() ? null : c.officialName(),
                    namesWon.getOrDefault(c.iso3(), List.of(c.commonName())),
                    demonymsWon.getOrDefault(c.iso3(), List.of()), stateCapitals));
        }
        for (TsvTable.Row row : curated.historicalStates()) {
            String id = wikidataId(row);
            states.add(new StateEntry(id, null, row.get("name"), null, namesWon.getOrDefault(id, List.of()),
                    demonymsWon.getOrDefault(id, List.of()), List.of(), row.integer("start_year"), row.integer("end_year")));
        }
        states.sort(Comparator.comparing(StateEntry::name, DisplayOrder.COMPARATOR).thenComparing(StateEntry::id));
        return states;
    }

    private static String wikidataId(TsvTable.Row row) {
        String id = row.get("wikidata");
        if (!id.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException(row.origin() + ": '" + id + "' is not a Wikidata id like Q15180");
        }
        if (row.integer("end_year") == null) {
            throw new IllegalArgumentException(row.origin() + ": a state of the past needs its end_year");
        }
        return id;
    }

    private boolean namesAnOrganization(String city, CountryRecord country, Set<String> organizationNameKeys) {
        if (!organizationNameKeys.contains(NameNormalizer.normalize(city))) return false;
        warn.accept("capital '" + city + "' of " + country.iso3() + " names an organization: not indexed as capital");
        return true;
    }

    private static void claimFromSources(CountryRecord c, OwidCountry o, NameClaims names, NameClaims demonyms,
                                         NameClaims capitals) {
        names.claim(c.iso3(), c.commonName(), Strength.COMMON_NAME);
        names.claim(c.iso3(), c.officialName(), Strength.OFFICIAL_NAME);
        c.altSpellings().stream().filter(AliasFilter::usable).forEach(a -> names.claim(c.iso3(), a, Strength.SOURCE_ALIAS));
        c.nativeNames().stream().filter(AliasFilter::usable).forEach(a -> names.claim(c.iso3(), a, Strength.NATIVE_NAME));
        if (o != null) {
            List<String> owidNames = new ArrayList<>(o.aliases());
            owidNames.add(o.name());
            owidNames.add(o.wikidataLabel());
            owidNames.stream().filter(AliasFilter::usable).forEach(a -> names.claim(c.iso3(), a, Strength.SOURCE_ALIAS));
        }
        c.demonyms().stream().flatMap(d -> DemonymForms.split(d).stream()).flatMap(d -> DemonymForms.withPlural(d).stream())
                .forEach(d -> demonyms.claim(c.iso3(), d, Strength.COMMON_NAME));
        c.capitals().forEach(city -> capitals.claim(c.iso3(), city, Strength.COMMON_NAME));
    }

    private void claimHandMade(List<ExtraAlias> aliases, Set<String> knownIso3, NameClaims names, NameClaims demonyms,
                               NameClaims capitals) {
        for (ExtraAlias alias : aliases) {
            if (!knownIso3.contains(alias.iso3())) {
                warn.accept(CuratedInputs.EXTRA_ALIASES + ": '" + alias.alias() + "' is for " + alias.iso3()
                        + ", which is not a state of the gazetteer: ignored");
                continue;
            }
            switch (alias.kind()) {
                case NAME -> names.claim(alias.iso3(), alias.alias(), Strength.HAND_MADE);
                case DEMONYM -> DemonymForms.withPlural(alias.alias())
                        .forEach(d -> demonyms.claim(alias.iso3(), d, Strength.HAND_MADE));
                case CAPITAL -> capitals.claim(alias.iso3(), alias.alias(), Strength.HAND_MADE);
            }
        }
    }
}
