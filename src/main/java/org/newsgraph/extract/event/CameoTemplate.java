package org.newsgraph.extract.event;

/**
 * A trigger's CAMEO code, where "#" stands for the kind of aid named near the trigger
 * ("provide weapons" 072, "provide food" 073) and a final "+" makes such a word required.
 */
record CameoTemplate(String pattern, boolean needsKind) {
    static CameoTemplate parse(String text) {
        String t = text.strip();
        boolean plus = t.endsWith("+");
        String pattern = plus ? t.substring(0, t.length() - 1) : t;
        if (!pattern.matches("\\d{2,4}|\\d{2,3}#")) {
            throw new IllegalArgumentException("CAMEO code '" + text + "' is not 2-4 digits with an optional # and +");
        }
        return new CameoTemplate(pattern, plus);
    }

    boolean hasKind() {
        return pattern.endsWith("#");
    }

    /**
     * The code for an aid kind digit (1 economic, 2 military, 3 humanitarian), or 0 for none: a
     * three-digit code then ends in 0 ("070"), a four-digit one is its parent ("023").
     */
    String code(int kindDigit) {
        if (!hasKind()) return pattern;
        String base = pattern.substring(0, pattern.length() - 1);
        if (kindDigit > 0) return base + kindDigit;
        return base.length() == 2 ? base + "0" : base;
    }
}
