package org.newsgraph.store.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventConsolidationTest {
    private static final String ASSERTED = "ng:Asserted";

    private static EventReport report(String iri, String code, LocalDate day, Set<String> agents, Set<String> others) {
        return new EventReport(iri, "article-" + iri, day, code, ASSERTED, DateSpan.of(day, "day"), agents, others);
    }

    @Test
    void theSameThreatReportedTwiceInAWeekIsOneHappening() {
        EventReport a = report("a", "138", LocalDate.of(2031, 3, 2), Set.of("envoy", "Freedonia"), Set.of("Sylvania"));
        EventReport b = report("b", "130", LocalDate.of(2031, 3, 5), Set.of("Freedonia"), Set.of("Sylvania"));
        List<List<EventReport>> groups = EventConsolidation.groups(List.of(b, a));
        assertEquals(List.of(List.of(a, b)), groups, "the earliest report comes first and stands for the group");
    }

    @Test
    void otherTargetsOtherTypesAndDistantDatesAreOtherHappenings() {
        EventReport a = report("a", "138", LocalDate.of(2031, 3, 2), Set.of("Freedonia"), Set.of("Sylvania"));
        assertTrue(EventConsolidation.groups(List.of(a,
                report("b", "138", LocalDate.of(2031, 3, 3), Set.of("Freedonia"), Set.of("Arcadia")),
                report("c", "111", LocalDate.of(2031, 3, 3), Set.of("Freedonia"), Set.of("Sylvania")),
                report("d", "138", LocalDate.of(2031, 3, 20), Set.of("Freedonia"), Set.of("Sylvania")))).isEmpty());
    }

    @Test
    void aGroupSpansAtMostTheWindowFromItsFirstReport() {
        List<EventReport> daily = List.of(
                report("a", "190", LocalDate.of(2031, 3, 1), Set.of("F"), Set.of("S")),
                report("b", "190", LocalDate.of(2031, 3, 6), Set.of("F"), Set.of("S")),
                report("c", "190", LocalDate.of(2031, 3, 11), Set.of("F"), Set.of("S")),
                report("d", "190", LocalDate.of(2031, 3, 16), Set.of("F"), Set.of("S")));
        List<List<EventReport>> groups = EventConsolidation.groups(daily);
        assertEquals(2, groups.size());
        assertEquals(List.of("a", "b"), groups.get(0).stream().map(EventReport::iri).toList());
    }

    @Test
    void differentModalitiesAreNeverMerged() {
        EventReport asserted = report("a", "072", LocalDate.of(2031, 3, 2), Set.of("F"), Set.of("S"));
        EventReport planned = new EventReport("b", "article-b", LocalDate.of(2031, 3, 2), "072", "ng:Planned",
                DateSpan.of(LocalDate.of(2031, 3, 2), "day"), Set.of("F"), Set.of("S"));
        assertTrue(EventConsolidation.groups(List.of(asserted, planned)).isEmpty());
    }

    @Test
    void monthPrecisionMeetsTheDaysOfItsMonth() {
        assertTrue(DateSpan.of(LocalDate.of(2022, 2, 1), "month").isWithin(DateSpan.of(LocalDate.of(2022, 2, 24), "day"), 0));
        assertFalse(DateSpan.of(LocalDate.of(2022, 2, 1), "month").isWithin(DateSpan.of(LocalDate.of(2022, 3, 9), "day"), 7));
        assertFalse(DateSpan.UNKNOWN.isWithin(DateSpan.of(LocalDate.of(2022, 3, 9), "day"), 7));
    }
}
