package org.newsgraph.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The parts of actor ids that extraction and linking both write: the group prefix and the slug of
 * a name. Linking builds its keys from them (org.newsgraph.link.ActorKeys); extraction, which may
 * not import linking, names the actors it adds after linking (unnamed sources) with them.
 */
public final class ActorIds {
    private ActorIds() {
    }

    /** Id prefix of unnamed groups ("group/Q1049-protesters"), typed ng:Group in the graph. */
    public static final String GROUP_PREFIX = "group/";

    /** "Seoul's Presidential Office" → "seoul-s-presidential-office". */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
