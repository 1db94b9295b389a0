package org.newsgraph.tools.gazetteer;

/**
 * One code of the CAMEO codebook.
 *
 * @param code        "138"; two digits for the 20 roots, three or four below
 * @param name        name in tidy case ("Threaten with military force")
 * @param description what the code covers, or null
 * @param usageNotes  when to use it, or null
 * @param example     an example sentence, or null
 */
record CameoCode(String code, String name, String description, String usageNotes, String example) {
    boolean isRoot() {
        return code.length() == 2;
    }

    /** The code one level up: "1381" → "138", "138" → "13"; null for a root. */
    String parentCode() {
        return isRoot() ? null : code.substring(0, code.length() - 1);
    }
}
