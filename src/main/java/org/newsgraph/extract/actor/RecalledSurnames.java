package org.newsgraph.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.MentionKind;

/**
 * The surname of a person the article has named in full, where the recogniser leaves it untagged
 * later on: "Iran has long backed the Assad regime", "Assad's forces" after "Bashar al-Assad". The
 * recogniser often tags a bare surname only where it stands as a subject; used as a modifier it
 * comes out as a plain proper noun, and the person's acts on and by "the Assad regime" were lost.
 * Only a proper noun standing alone is taken (not inside a longer run of capitalised words, which
 * names something else: "Assad Street", "the Trump Tower"), and only a surname of a name of two or
 * more words read earlier in the article, so a word is never taken for a person on its own; and
 * only while one person of the article bears it ("Benjamin Cole … his daughter Brianna Cole … Cole
 * was ill" leaves "Cole" to the resolver's other rules).
 */
final class RecalledSurnames {
    private final Map<String, Set<String>> namesBySurname = new HashMap<>();

    /** Remembers the last word of a person's full name ("Bashar al-Assad" → "Assad"). */
    void remember(String fullName) {
        String[] words = fullName.trim().split("\\s+");
        if (words.length < 2) return;
        String last = words[words.length - 1];
        int hyphen = last.lastIndexOf('-');
        // "al-Assad": the surname is what follows a lower-case particle's hyphen
        if (hyphen > 0 && Character.isLowerCase(last.charAt(0))) last = last.substring(hyphen + 1);
        if (last.length() > 1 && Character.isUpperCase(last.charAt(0))) {
            namesBySurname.computeIfAbsent(last, k -> new HashSet<>()).add(String.join(" ", words));
        }
    }

    List<ActorMention> find(ParsedSentence s, boolean[] used) {
        List<ActorMention> result = new ArrayList<>();
        if (namesBySurname.isEmpty()) return result;
        for (int i = 0; i < s.size(); i++) {
            if (used[i] || !ParsedSentence.isUntaggedProperNoun(s.token(i)) || !isOnePersons(s.token(i).word())) continue;
            if (isCapitalizedNeighbour(s, i - 1) || isCapitalizedNeighbour(s, i + 1)) continue;
            ActorExtractor.markUsed(used, i, i);
            result.add(new ActorMention(MentionKind.PERSON_NAME, s.span(i, i), s.sentence().index(),
                    s.token(i).word(), null, null, null, true));
        }
        return result;
    }

    private boolean isOnePersons(String word) {
        Set<String> names = namesBySurname.get(word);
        return names != null && names.size() == 1;
    }

    private static boolean isCapitalizedNeighbour(ParsedSentence s, int i) {
        return i >= 0 && i < s.size() && s.token(i).pos().startsWith("NNP") && ParsedSentence.isCapitalized(s.token(i));
    }
}
