package org.newsgraph.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One PETRARCH-2 validation record: a sentence and the events PETRARCH's coders expect from it.
 *
 * @param expected the expected events; empty when the record says the sentence has none
 */
record PetrarchRecord(String id, String category, LocalDate date, String text, List<Expected> expected) {
    PetrarchRecord {
        expected = List.copyOf(expected);
    }

    /**
     * An expected event in PETRARCH's codes.
     *
     * @param cameo  CAMEO event code ("190")
     * @param source CAMEO actor code of the source ("USAGOV"; "---" for an actor without country)
     * @param target CAMEO actor code of the target
     */
    record Expected(String cameo, String source, String target) {
        String root() {
            return cameo.substring(0, 2);
        }
    }
}
