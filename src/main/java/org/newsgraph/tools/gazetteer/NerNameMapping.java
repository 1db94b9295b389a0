package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.PartyEntry;
import org.newsgraph.lexicon.StateEntry;

/**
 * Writes the names that CoreNLP's NER tags MISC for newsgraph, as a mapping for its TokensRegexNER:
 * the demonyms of the gazetteer's states ("Ukrainian", "South Koreans") and the words that name a
 * party's members ("Republican", "Republicans", "Democrat"), the same words the gazetteer reads as
 * parties.
 *
 * <p>Why: those MISC names were what the CoNLL 4-class CRF added to the 3-class one, and running it
 * cost 9% of all CPU per article; the extractors read MISC only as a people or a party's members
 * (docs/performance-log.md). The names come from the gazetteer, not from a list typed by hand.
 */
public final class NerNameMapping {
    /** The mapping's file name in the gazetteer folder, read by {@code org.newsgraph.nlp.NlpPipeline}. */
    public static final String FILE = "ner-misc-names.tab";
    /** The tokenizer splits hyphens off ("Guinea - Bissauan"). */
    private static final Pattern TOKEN_BREAK = Pattern.compile("\\s+|(?=-)|(?<=-)");

    private NerNameMapping() {
    }

    /**
     * Writes the mapping, sorted, one name a line: the name's tokens as patterns, MISC, over O only.
     * Then the states' names that open with one of those names, as places, over O or a place and
     * before the names (priority 2): the CRF tags "Republic" of "Dominican Republic" alone.
     */
    static void write(Path file, List<StateEntry> states, List<PartyEntry> parties) throws IOException {
        List<String> lines = new ArrayList<>();
        TreeSet<String> names = names(states, parties);
        for (String name : names) lines.add(pattern(name) + "\tMISC\tO\t1");
        for (String place : placesOpenedBy(names, states)) lines.add(pattern(place) + "\tLOCATION\tO,LOCATION\t2");
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** "Dominican Republic", "Czech Republic", "Russian Federation": states' names whose first words are a name of the mapping. */
    static TreeSet<String> placesOpenedBy(Set<String> names, List<StateEntry> states) {
        TreeSet<String> places = new TreeSet<>();
        for (StateEntry state : states) {
            for (String place : state.names()) {
                for (int space = place.indexOf(' '); space > 0; space = place.indexOf(' ', space + 1)) {
                    if (names.contains(place.substring(0, space))) places.add(place);
                }
            }
        }
        return places;
    }

    static TreeSet<String> names(List<StateEntry> states, List<PartyEntry> parties) {
        TreeSet<String> names = new TreeSet<>();
        // A demonym that is also a state's name ("Vatican", "Philippines") is left to the CRF, which
        // tags it a place: a place can act and speak ("the Vatican said"), a people's word cannot.
        Set<String> stateNames = new HashSet<>();
        states.forEach(s -> {
            stateNames.add(s.name());
            stateNames.addAll(s.names());
        });
        states.forEach(s -> s.demonyms().stream().filter(d -> !stateNames.contains(d)).forEach(names::add));
        for (PartyEntry party : parties) {
            // "Republicans" and "Republican", "Democrats" and "Democrat"; not the adjective "Democratic",
            // which opens names the CRF tags without it ("Democratic Republic of Congo"), nor a singular
            // in "-al", an adjective of many names ("Federal Reserve", "National Guard", "Liberal Party")
            PoliticalParties.membersName(party.label()).ifPresent(members -> {
                names.add(members);
                String member = members.substring(0, members.length() - 1);
                if (!member.endsWith("al")) names.add(member);
            });
        }
        return names;
    }

    /** TokensRegexNER reads each token of a pattern as a regular expression: "Guinea \- Bissauan". */
    static String pattern(String name) {
        List<String> tokens = new ArrayList<>();
        for (String token : TOKEN_BREAK.split(name.trim())) {
            if (!token.isEmpty()) tokens.add(token.replaceAll("([^\\p{L}\\p{N}])", "\\\\$1"));
        }
        return String.join(" ", tokens);
    }
}
