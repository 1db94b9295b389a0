package org.newsgraph.model;

/** What the text shows of a possible actor, before linking decides what it is. */
public enum MentionKind {
    /** A person's name, with any title written before it or in apposition. */
    PERSON_NAME,
    /** A title with no name: "the Russian leader", "Russia's president". */
    TITLE_ONLY,
    /** An organization's name as tagged by NER: "NATO", "the Kremlin". */
    ORGANIZATION_NAME,
    /** A body described by its state and kind: "Russia's embassy in Seoul", "the Ukrainian Defense Ministry". */
    ORGANIZATION_DESCRIPTION,
    /** A place name: a state, or a capital used for its government ("Seoul said"), or neither. */
    PLACE_NAME,
    /** A nationality adjective: "Russian", "South Korean". */
    DEMONYM,
    /**
     * An unnamed group of a kind the Phoenix agent dictionary knows, with the state words the text
     * gives it: "Sudanese protesters", "the police", "U.S. officials".
     */
    GROUP
}
