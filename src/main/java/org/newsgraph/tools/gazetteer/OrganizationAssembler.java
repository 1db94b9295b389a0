package org.newsgraph.tools.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.OrganizationEntry;
import org.newsgraph.lexicon.OrganizationType;
import org.newsgraph.lexicon.TsvTable;

/**
 * Checks and orders the organizations: the hand-curated ones and a general source's. A malformed row names its line and stops the
 * generation (a wrong id is worse than none); an alias two organizations share is left out of both.
 */
final class OrganizationAssembler {

    private final Consumer<String> warn;

    OrganizationAssembler(Consumer<String> warn) {
        this.warn = warn;
    }

    /**
     * The curated rows, then the bodies of a general source they do not list: a body both list keeps
     * the curated label and type and gains the source's names as aliases.
     */
    List<OrganizationEntry> assemble(List<TsvTable.Row> rows, List<OrganizationEntry> general) {
        List<OrganizationEntry> curated = rows.stream().map(OrganizationAssembler::parse).toList();
        checkUniqueIds(curated);
        List<OrganizationEntry> parsed = merge(curated, general);
        Set<String> shared = sharedNameKeys(parsed);
        List<OrganizationEntry> organizations = new ArrayList<>();
        for (OrganizationEntry o : parsed) {
            Set<String> aliases = new TreeSet<>(DisplayOrder.COMPARATOR);
            for (String alias : o.aliases()) {
                String key = NameNormalizer.normalize(alias);
                if (shared.contains(key)) {
                    warn.accept("organization alias '" + alias + "' of " + o.id() + " is shared with another organization: left out");
                } else if (!alias.equals(o.label())) {
                    aliases.add(alias);
                }
            }
            organizations.add(new OrganizationEntry(o.id(), o.label(), List.copyOf(aliases), o.type(), o.stateId()));
        }
        organizations.sort(Comparator.comparing(OrganizationEntry::label, DisplayOrder.COMPARATOR)
                .thenComparing(OrganizationEntry::id));
        return organizations;
    }

    private static List<OrganizationEntry> merge(List<OrganizationEntry> curated, List<OrganizationEntry> general) {
        Map<String, OrganizationEntry> byId = new LinkedHashMap<>();
        curated.forEach(o -> byId.put(o.id(), o));
        for (OrganizationEntry o : general) {
            OrganizationEntry known = byId.get(o.id());
            if (known == null) {
                byId.put(o.id(), o);
                continue;
            }
            Set<String> names = new LinkedHashSet<>(known.aliases());
            if (!o.label().equals(known.label())) names.add(o.label());
            names.addAll(o.aliases());
            names.remove(known.label());
            byId.put(o.id(), new OrganizationEntry(known.id(), known.label(), List.copyOf(names), known.type(), known.stateId()));
        }
        return List.copyOf(byId.values());
    }

    private static OrganizationEntry parse(TsvTable.Row row) {
        String id = row.get("wikidata");
        if (!WikidataIds.isItem(id)) {
            throw new IllegalArgumentException(row.origin() + ": '" + id + "' is not a Wikidata id like Q7184");
        }
        String state = row.getOrNull("state");
        if (state != null && !WikidataIds.isItem(state)) {
            throw new IllegalArgumentException(row.origin() + ": state '" + state + "' is not a Wikidata id like Q159");
        }
        if (row.get("label").isEmpty()) throw new IllegalArgumentException(row.origin() + ": the label is empty");
        OrganizationType type;
        try {
            type = OrganizationType.fromWord(row.get("type"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(row.origin() + ": " + e.getMessage(), e);
        }
        return new OrganizationEntry(id, row.get("label"), row.list("aliases"), type, state);
    }

    private static void checkUniqueIds(List<OrganizationEntry> organizations) {
        Set<String> seen = new HashSet<>();
        for (OrganizationEntry o : organizations) {
            if (!seen.add(o.id())) {
                throw new IllegalArgumentException(CuratedInputs.ORGANIZATIONS + ": " + o.id()
                        + " is listed twice; merge its aliases into one row");
            }
        }
    }

    private static Set<String> sharedNameKeys(List<OrganizationEntry> organizations) {
        Map<String, Set<String>> owners = new HashMap<>();
        for (OrganizationEntry o : organizations) {
            owners.computeIfAbsent(NameNormalizer.normalize(o.label()), k -> new HashSet<>()).add(o.id());
            o.aliases().forEach(a -> owners.computeIfAbsent(NameNormalizer.normalize(a), k -> new HashSet<>()).add(o.id()));
        }
        Set<String> shared = new HashSet<>();
        owners.forEach((key, ids) -> {
            if (ids.size() > 1) shared.add(key);
        });
        return shared;
    }
}
