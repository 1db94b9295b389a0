package org.newsgraph.link.wikidata;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One "position held" (P39) claim of a person.
 *
 * @param positionId Wikidata id of the position ("Q1553888", President of South Korea)
 * @param start      start time (P580) as the earliest day it can mean, or null when not stated
 * @param end        end time (P582) as the latest day it can mean, or null while held or not stated
 */
public record HeldPosition(String positionId, LocalDate start, LocalDate end) {
    public HeldPosition {
        Objects.requireNonNull(positionId, "positionId");
    }

    /** True when the position was held on {@code date}; open ends count as held. */
    public boolean heldOn(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
