package org.newsgraph.tools.gazetteer;

/**
 * Where a person's family name stands in the name as sources write it, which decides the short forms
 * news may use for it.
 */
enum NameOrder {
    /** Given names, then one family name at the end: "Matamela Cyril Ramaphosa" is "Cyril Ramaphosa", never "Matamela Cyril". */
    GIVEN_FIRST,
    /**
     * Given names, then the father's and the mother's family names, as in states of Spanish or Portuguese
     * speech: "Gustavo Petro Urrego" is "Gustavo Petro", "José Andrés Torres Mora" never "José Andrés".
     */
    TWO_FAMILY_NAMES,
    /** Family name first (Chinese, Korean names): "Han Ji-woo" is "Han". */
    FAMILY_FIRST
}
