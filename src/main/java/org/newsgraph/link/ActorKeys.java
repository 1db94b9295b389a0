package org.newsgraph.link;

import org.newsgraph.lexicon.Office;
import org.newsgraph.model.ActorIds;

/**
 * Stable ids for actors that are not linked to Wikidata, computed from the name alone so that
 * every article gives the same actor the same IRI without looking at other articles (with the
 * group prefix and name slug of {@link ActorIds}).
 */
public final class ActorKeys {
    private ActorKeys() {
    }

    /**
     * A person's key that survives the usual transliteration variants ("Dmitry" / "Dimitry" /
     * "Dmitri", "Suk-yeol" / "Suk Yeol"): every name part keeps its first letter and its
     * consonants. Two different people rarely share all consonant skeletons; the label keeps the
     * readable name.
     */
    public static String personKey(String name) {
        StringBuilder key = new StringBuilder();
        for (String part : ActorIds.slug(name).split("-")) {
            if (part.isEmpty()) continue;
            if (key.length() > 0) key.append('-');
            key.append(part.charAt(0));
            for (int i = 1; i < part.length(); i++) {
                char c = part.charAt(i);
                boolean vowel = "aeiouy".indexOf(c) >= 0;
                boolean repeat = c == part.charAt(i - 1);
                if (!vowel && !repeat) key.append(c);
            }
        }
        // "Roe" and "Ra", "Li" and "Lee", "Xi": a one-letter skeleton would make namesakes of
        // strangers, so a name that short keeps its vowels
        return key.length() <= 1 ? ActorIds.slug(name) : key.toString();
    }
}
