package org.newsgraph.lexicon;

import java.util.Locale;

/** What kind of organization a gazetteer entry is. */
public enum OrganizationType {
    INTERNATIONAL, GOVERNMENT, MILITARY, MEDIA;

    /** The lower-case word used in the data files ("international"). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the data-file word; throws IllegalArgumentException naming the allowed words. */
    public static OrganizationType fromWord(String word) {
        for (OrganizationType type : values()) {
            if (type.word().equals(word.trim().toLowerCase(Locale.ROOT))) return type;
        }
        throw new IllegalArgumentException("unknown organization type '" + word
                + "': use international, government, military or media");
    }
}
