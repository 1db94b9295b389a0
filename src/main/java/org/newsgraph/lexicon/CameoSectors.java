package org.newsgraph.lexicon;

/**
 * CAMEO sector codes of the generic agents in the Phoenix agent dictionary
 * (extract/petrarch/phoenix-agents.tsv) that both actor extraction and linking single out. Kept
 * here because the two may not import each other.
 */
public final class CameoSectors {
    /** "people", "men": people of no kind, who are nobody in particular unless a state is named with them. */
    public static final String PEOPLE = "PPL";

    /**
     * No sector: people of a kind the dictionary lacks ("conscripts", "hostages"), a group only when
     * tied to a state or body, or to such a group named before.
     */
    public static final String NONE = "---";

    private CameoSectors() {
    }
}
