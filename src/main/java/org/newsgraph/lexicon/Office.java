package org.newsgraph.lexicon;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One office a person held. Sources give the day of a change of office (office-holders, Congress) or the
 * year only (the 2021 leaders table); both are kept so that dates are used where they are known.
 *
 * @param stateId       Wikidata id of the state (or unrecognised polity) the office belongs to
 * @param positionId    Wikidata id of the position ("Q11696"), or null when the source has none
 * @param positionLabel the position's label ("President of the United States")
 * @param role          normalised role word ("president", "prime minister", "minister of foreign affairs"),
 *                      see {@link RoleWords}
 * @param startYear     first year in office, or null when unknown
 * @param endYear       last year in office, or null while still in office (as of the source)
 * @param startDate     first day in office when the source gives the day, else null
 * @param endDate       last day in office when the source gives the day, else null
 */
public record Office(String stateId, String positionId, String positionLabel, String role,
                     Integer startYear, Integer endYear, LocalDate startDate, LocalDate endDate) {
    public Office {
        Objects.requireNonNull(stateId, "stateId");
        Objects.requireNonNull(role, "role");
        if (startDate != null) startYear = startDate.getYear();
        if (endDate != null) endYear = endDate.getYear();
    }

    /** An office known to the year. */
    public Office(String stateId, String positionId, String positionLabel, String role,
                  Integer startYear, Integer endYear) {
        this(stateId, positionId, positionLabel, role, startYear, endYear, null, null);
    }

    /** True when the office was held at some time during the year. */
    public boolean heldIn(int year) {
        return (startYear == null || startYear <= year) && (endYear == null || endYear >= year);
    }

    /**
     * True when the office was held on the date: to the day where the source gives days, else for the
     * whole of each year of the term.
     */
    public boolean heldOn(LocalDate date) {
        boolean started = startDate != null ? !date.isBefore(startDate) : startYear == null || startYear <= date.getYear();
        boolean notEnded = endDate != null ? !date.isAfter(endDate) : endYear == null || endYear >= date.getYear();
        return started && notEnded;
    }

    /** True when the office had ended by the date (to the day where known, else by the year). */
    public boolean endedBefore(LocalDate date) {
        if (endDate != null) return endDate.isBefore(date);
        return endYear != null && endYear < date.getYear();
    }

    /** Start as ISO text: the day where known, else the year; null when unknown. */
    public String startText() {
        return startDate != null ? startDate.toString() : startYear == null ? null : startYear.toString();
    }

    /** End as ISO text: the day where known, else the year; null while in office. */
    public String endText() {
        return endDate != null ? endDate.toString() : endYear == null ? null : endYear.toString();
    }
}
