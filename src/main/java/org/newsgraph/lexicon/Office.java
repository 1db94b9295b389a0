package org.newsgraph.lexicon;

import java.util.Objects;

/**
 * One office a person held, with year-level dates as the leaders source gives them.
 *
 * @param stateId       Wikidata id of the state (or unrecognised polity) the office belongs to
 * @param positionId    Wikidata id of the position ("Q11696")
 * @param positionLabel the position's label ("President of the United States")
 * @param role          normalised role word ("president", "prime minister", "king"), see {@link RoleWords}
 * @param startYear     first year in office, or null when unknown
 * @param endYear       last year in office, or null while still in office (as of the source)
 */
public record Office(String stateId, String positionId, String positionLabel, String role,
                     Integer startYear, Integer endYear) {
    public Office {
        Objects.requireNonNull(stateId, "stateId");
        Objects.requireNonNull(role, "role");
    }

    /** True when the office was held at some time during the year. */
    public boolean heldIn(int year) {
        return (startYear == null || startYear <= year) && (endYear == null || endYear >= year);
    }
}
