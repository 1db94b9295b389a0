package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.newsgraph.lexicon.ArmedGroupEntry;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.PartyEntry;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.lexicon.TsvTable;

/**
 * Reads Phoenix's dictionary of militarized non-state actors (PETRARCH-2's Phoenix.MilNonState.actors.txt,
 * MIT; built in 2013 from START's TOPS database and the list of designated terrorist organizations):
 * about 900 rebel groups, militias and insurgents with their aliases and a CAMEO actor code whose
 * first three letters are the country ("AFGREB": Afghan rebels). Each group becomes an armed group of
 * that state; a code of a region or "IMG" (international militarized group) gives none. The
 * hand-made {@value #ADDED} adds the groups formed after 2013 that news of 2022-24 name most.
 *
 * <p>The dictionary lists a group's leaders among its aliases ("+KHALED_MESHAAL" under Hamas) and
 * some people as entries of their own; an actor named by a leader's name is the leader, so those are
 * left out: entries written with a double underscore or a code with a date range (people), and
 * aliases of several plain words none of which says "group" (names of people). A one-word alias
 * is kept only when it is hyphenated ("AL-QAEDA"): "+ORGANIZATION_" is an alias of Tanzim. Its
 * acronyms and numbers are left out too: "IRA", "ERG", "ICAC", "CAR", "EPA" and "380" name other
 * things in today's news (a law, a faction, an anti-corruption body, a republic, an agency) more
 * often than a group of the 1970s; the few acronyms news use bare for a group today ("PKK", "FARC",
 * "ISIS") come from {@value #ADDED}.
 */
final class ArmedGroups {
    static final String PHOENIX_FILE = "petrarch2/Phoenix.MilNonState.actors.txt";
    /** Hand-made groups the dictionary lacks. */
    static final String ADDED = "armed-groups-added.tsv";
    /** A one-word name this short is written in capitals, as the source does ("PKK"). */
    private static final int SHORT_CODE = 4;
    /** Words that say a name is a group's, not a person's. */
    private static final Set<String> GROUP_WORDS = Set.of("army", "armies", "front", "brigade", "brigades",
            "movement", "party", "organization", "organisation", "group", "groups", "force", "forces", "council",
            "committee", "league", "union", "battalion", "battalions", "jihad", "liberation", "revolutionary",
            "islamic", "resistance", "militia", "militias", "cells", "cell", "commando", "commandos", "faction",
            "fighters", "guerrillas", "guerrilla", "people's", "popular", "national", "state", "foundation",
            "mujahideen", "mujahidin", "jamaat", "jaish", "harakat", "hizb", "ansar", "tanzim", "squad", "squads",
            "unit", "units", "legion", "association", "network", "alliance", "coalition", "tigers", "guard",
            "guards", "revolution", "defense", "defence", "struggle", "action", "nuclei", "federation");
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "to", "de", "del",
            "la", "el", "al", "des", "du", "y", "e", "a");

    private ArmedGroups() {
    }

    /** The armed groups, with their parties' Wikidata ids where Party Facts lists them as parties of their state. */
    static List<ArmedGroupEntry> read(Path sourcesDir, Path curatedDir, List<StateEntry> states, List<PartyEntry> parties,
                                      Consumer<String> warn) throws IOException {
        Map<String, String> stateByIso3 = StateKeys.idByIso3(states);
        Set<String> stateNames = StateKeys.words(states, StateEntry::names, StateEntry::demonyms, StateEntry::capitals);
        Map<String, Group> byLabel = new LinkedHashMap<>();
        for (Group g : parsePhoenix(Files.readAllLines(SourceFiles.require(sourcesDir, PHOENIX_FILE), StandardCharsets.UTF_8))) {
            Group same = byLabel.putIfAbsent(NameNormalizer.normalize(g.label), g);
            if (same != null) same.names.addAll(g.names);
        }
        addCurated(curatedDir, byLabel, warn);
        List<ArmedGroupEntry> result = new ArrayList<>();
        for (Group g : byLabel.values()) {
            String state = stateByIso3.get(g.code.substring(0, 3));
            Set<String> aliases = new TreeSet<>(DisplayOrder.COMPARATOR);
            g.names.stream().filter(n -> !n.equals(g.label) && !stateNames.contains(NameNormalizer.normalize(n)))
                    .forEach(aliases::add);
            result.add(new ArmedGroupEntry(partyId(g, state, parties), g.label, List.copyOf(aliases), state, g.code));
        }
        result.sort(Comparator.comparing(ArmedGroupEntry::label, DisplayOrder.COMPARATOR));
        return result;
    }

    /** The party of the group's state that bears one of its names (Hamas, Hezbollah), if exactly one does. */
    private static String partyId(Group g, String state, List<PartyEntry> parties) {
        if (state == null) return null;
        Set<String> keys = new HashSet<>();
        g.names.forEach(n -> keys.add(NameNormalizer.normalize(n)));
        List<String> ids = parties.stream().filter(p -> p.stateIds().contains(state))
                .filter(p -> keys.contains(NameNormalizer.normalize(p.label()))
                        || p.aliases().stream().anyMatch(a -> keys.contains(NameNormalizer.normalize(a))))
                .map(PartyEntry::id).distinct().toList();
        return ids.size() == 1 ? ids.get(0) : null;
    }

    /** The groups of the dictionary, in file order, people and commented-out lines left out. */
    static List<Group> parsePhoenix(List<String> lines) {
        List<Group> groups = new ArrayList<>();
        for (PhoenixEntries.Entry entry : PhoenixEntries.parse(lines)) {
            // people: written with a double underscore, or coded for a span of dates
            if (entry.name().endsWith("__") || entry.codes().stream().anyMatch(PhoenixEntries.Code::dated)) continue;
            Group group = new Group(display(entry.name()));
            group.code = entry.codes().isEmpty() ? null : entry.codes().get(0).code();
            group.names.add(group.label);
            entry.aliases().forEach(a -> alias(a).forEach(group.names::add));
            groups.add(group);
        }
        groups.removeIf(g -> g.code == null || isCode(g.label));
        groups.forEach(g -> g.names.removeIf(ArmedGroups::isCode));
        return groups;
    }

    /** An alias as news write it, if it is a group's name rather than a person's or a common word. */
    private static List<String> alias(String written) {
        if (written.contains("+")) return List.of();
        List<String> names = new ArrayList<>();
        String name = display(written);
        String[] words = name.split(" ");
        boolean groupWord = false;
        for (String w : words) groupWord |= GROUP_WORDS.contains(w.toLowerCase(Locale.ROOT));
        boolean oneWordKept = words.length == 1 && (name.contains("-") || name.contains("'"));
        // "The Foundation" (El Rukn), "The Movement": one word of a kind of group after the article is
        // every group of that kind in a text ("the Women's Sports Foundation"), no name
        boolean kindOnly = words.length == 2 && words[0].equalsIgnoreCase("the") && groupWord;
        if (words.length == 1 ? oneWordKept : groupWord && !kindOnly) names.add(name);
        return names;
    }

    /** "PKK", "DHKP/C", "380": no lower-case letter once written as news would, or a digit. */
    static boolean isCode(String name) {
        return !name.matches(".*\\p{Ll}.*") || name.matches(".*[0-9].*");
    }

    /** "AL-QAEDA_ORGANIZATION_IN_THE_ISLAMIC_MAGHREB_" → "Al-Qaeda Organization in the Islamic Maghreb"; "PKK" stays. */
    static String display(String written) {
        String plain = written.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').strip().replaceAll("\\s+", " ");
        String[] words = plain.split(" ");
        if (words.length == 1 && plain.length() <= SHORT_CODE) return plain;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            if (i > 0) out.append(' ');
            if (i > 0 && SMALL_WORDS.contains(lower)) {
                out.append(lower);
            } else if (!lower.matches(".*[aeiouy].*")) {
                out.append(words[i]);
            } else {
                out.append(capitalizeParts(lower));
            }
        }
        return out.toString();
    }

    /** "al-qaeda" → "Al-Qaeda", "qa'ida" → "Qa'ida". */
    private static String capitalizeParts(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (char c : lower.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return out.toString();
    }

    private static void addCurated(Path dir, Map<String, Group> byLabel, Consumer<String> warn) throws IOException {
        for (TsvTable.Row row : CuratedInputs.rows(dir, ADDED, List.of("label", "aliases", "state"), warn)) {
            String state = row.getOrNull("state");
            if (state != null && !state.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(row.origin() + ": state must be an ISO alpha-3 code or empty, not " + state);
            }
            Group group = byLabel.computeIfAbsent(NameNormalizer.normalize(row.get("label")), k -> {
                Group g = new Group(row.get("label"));
                g.names.add(g.label);
                g.code = (state == null ? "IMG" : state) + "REB";
                return g;
            });
            // "MEAREB" (Middle East) for Palestinian Islamic Jihad: the row can name the state
            if (state != null) group.code = state + group.code.substring(3);
            for (String alias : row.list("aliases")) {
                String key = NameNormalizer.normalize(alias);
                // a name given here is this group's only ("Islamic Jihad", Hezbollah's in the 1980s)
                byLabel.values().forEach(other -> other.names.removeIf(n -> other != group && !n.equals(other.label)
                        && NameNormalizer.normalize(n).equals(key)));
                group.names.add(alias);
            }
        }
    }

    static final class Group {
        final String label;
        final Set<String> names = new LinkedHashSet<>();
        String code;

        Group(String label) {
            this.label = label;
        }
    }
}
