package org.newsgraph.store.consolidate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups reports of the same happening: the same CAMEO root and modality, an agent in common and
 * an other side in common (or none on both), at dates no more than {@link #WINDOW_DAYS} apart.
 * Actors count as in common when they are the same actor or one acts for the other's state, so
 * "Medvedev threatened Seoul" and "Russia threatened South Korea" meet. A group's dates span at
 * most the window from its earliest report, so a long run of similar events is not one happening.
 */
public final class EventConsolidation {
    /** Reports at most this many days apart can be one happening. */
    public static final int WINDOW_DAYS = 7;

    private static final Comparator<EventReport> CANONICAL_FIRST = Comparator
            .comparing((EventReport r) -> r.when().first(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventReport::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventReport::iri);

    private EventConsolidation() {
    }

    /**
     * The groups of two or more reports of one happening; each group's first report is the
     * canonical one (earliest, then by IRI), which represents the happening.
     */
    public static List<List<EventReport>> groups(List<EventReport> reports) {
        Map<String, List<EventReport>> buckets = new LinkedHashMap<>();
        for (EventReport report : reports) {
            if (!report.when().isKnown()) continue;
            buckets.computeIfAbsent(report.root() + "|" + report.modality(), k -> new ArrayList<>()).add(report);
        }
        List<List<EventReport>> groups = new ArrayList<>();
        for (List<EventReport> bucket : buckets.values()) {
            List<EventReport> sorted = new ArrayList<>(bucket);
            sorted.sort(CANONICAL_FIRST);
            List<List<EventReport>> open = new ArrayList<>();
            List<List<EventReport>> closed = new ArrayList<>();
            for (EventReport report : sorted) {
                // Reports come in date order: a group whose window has passed takes no more, so a long
                // corpus is not compared with every earlier group.
                closePassed(open, closed, report);
                List<EventReport> home = open.stream().filter(g -> belongs(report, g)).findFirst().orElse(null);
                if (home == null) {
                    home = new ArrayList<>();
                    open.add(home);
                }
                home.add(report);
            }
            closed.addAll(open);
            closed.stream().filter(g -> g.size() > 1).forEach(groups::add);
        }
        return Collections.unmodifiableList(groups);
    }

    private static void closePassed(List<List<EventReport>> open, List<List<EventReport>> closed, EventReport report) {
        for (Iterator<List<EventReport>> it = open.iterator(); it.hasNext(); ) {
            List<EventReport> group = it.next();
            if (!isOpenAt(group, report)) {
                closed.add(group);
                it.remove();
            }
        }
    }

    private static boolean isOpenAt(List<EventReport> group, EventReport report) {
        return report.when().isWithin(group.get(0).when(), WINDOW_DAYS)
                || !report.when().first().isAfter(group.get(0).when().last());
    }

    private static boolean belongs(EventReport report, List<EventReport> group) {
        EventReport first = group.get(0);
        return report.when().isWithin(first.when(), WINDOW_DAYS) && sameParticipants(report, first);
    }

    static boolean sameParticipants(EventReport a, EventReport b) {
        boolean agents = !Collections.disjoint(a.agentSides(), b.agentSides());
        boolean others = a.otherSides().isEmpty() && b.otherSides().isEmpty()
                || !Collections.disjoint(a.otherSides(), b.otherSides());
        return agents && others;
    }
}
