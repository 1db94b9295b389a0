package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where event extraction goes wrong, per CAMEO root: gold events missed and extracted events that
 * match no gold event (spurious), with each of them listed so that the causes can be looked at.
 * An extracted event counts under the root of its first code.
 */
public final class EventErrors {
    /** Counts of one CAMEO root. */
    public record RootCounts(int gold, int missed, int extracted, int spurious) {
        RootCounts plus(int g, int m, int e, int s) {
            return new RootCounts(gold + g, missed + m, extracted + e, spurious + s);
        }
    }

    private final Map<String, RootCounts> byRoot = new TreeMap<>();
    private final List<String> missed = new ArrayList<>();
    private final List<String> spurious = new ArrayList<>();

    void add(GoldArticle gold, GraphArticle graph) {
        Matching<EventScorer.Expected, GraphEvent> matching = EventScorer.matching(gold, graph);
        for (EventScorer.Expected item : matching.gold()) {
            boolean found = !matching.matchesOf(item).isEmpty();
            count(item.gold().cameoRoot(), 1, found ? 0 : 1, 0, 0);
            if (!found) {
                GoldEvent e = item.gold();
                missed.add(gold.sourceId() + "  " + e.cameo() + "  " + e.agents() + " -> " + e.otherSide()
                        + (e.note() == null ? "" : "  (" + e.note() + ")")
                        + nearest(item, graph).map(event -> "\n      nearest: " + describe(event)).orElse(""));
            }
        }
        for (GraphEvent event : graph.events()) {
            String code = event.cameoCodes().stream().sorted().findFirst().orElse("??");
            boolean right = matching.gold().stream().anyMatch(item -> item.isFoundBy(event));
            count(CameoCodes.root(code), 0, 0, 1, right ? 0 : 1);
            if (!right) {
                spurious.add(gold.sourceId() + "  " + describe(event));
            }
        }
    }

    /**
     * The extracted event that came closest to a missed gold event, to tell a wrong code from wrong
     * actors from nothing at all: first one with the gold's agent and other side but another code,
     * then one with the gold's code and agent but another other side, then one with the code alone.
     */
    private static Optional<GraphEvent> nearest(EventScorer.Expected item, GraphArticle graph) {
        List<Predicate<GraphEvent>> closeness = List.of(
                event -> ActorRef.anyMatch(item.agents(), event.agents())
                        && !item.otherSide().isEmpty() && ActorRef.anyMatch(item.otherSide(), event.otherSide()),
                event -> sameRoot(item, event) && ActorRef.anyMatch(item.agents(), event.agents()),
                event -> sameRoot(item, event));
        for (Predicate<GraphEvent> close : closeness) {
            Optional<GraphEvent> found = graph.events().stream().filter(close).findFirst();
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private static boolean sameRoot(EventScorer.Expected item, GraphEvent event) {
        return event.cameoCodes().stream().anyMatch(code -> CameoCodes.root(code).equals(item.gold().cameoRoot()));
    }

    /** code, agents -> other side, modality and the trigger word in quotes */
    private static String describe(GraphEvent event) {
        String code = event.cameoCodes().stream().sorted().findFirst().orElse("??");
        return code + "  " + GraphActor.names(event.agents()) + " -> " + GraphActor.names(event.otherSide()) + "  " + event.modalities()
                + event.triggers().stream().map(t -> "  \"" + t + "\"").collect(Collectors.joining());
    }

    private void count(String root, int g, int m, int e, int s) {
        byRoot.merge(root, new RootCounts(g, m, e, s), (a, b) -> a.plus(b.gold(), b.missed(), b.extracted(), b.spurious()));
    }

    public Map<String, RootCounts> byRoot() {
        return Map.copyOf(byRoot);
    }

    /** The table, then every missed and spurious event. */
    public String toText() {
        TextTable table = new TextTable().row(List.of("root", "gold", "missed", "extracted", "spurious", "recall", "precision"));
        int g = 0;
        int m = 0;
        int e = 0;
        int s = 0;
        for (Map.Entry<String, RootCounts> entry : byRoot.entrySet()) {
            RootCounts c = entry.getValue();
            table.row(row(entry.getKey(), c.gold(), c.missed(), c.extracted(), c.spurious()));
            g += c.gold();
            m += c.missed();
            e += c.extracted();
            s += c.spurious();
        }
        table.row(row("TOTAL", g, m, e, s));
        StringBuilder out = new StringBuilder("Event errors per CAMEO root (an extracted event counts under its first code)\n");
        out.append(table.render());
        out.append("\nMissed gold events (article  code  agents -> other side  (note)), each with the nearest extracted event"
                + " if any (the gold's actors with another code, its code and agent, or its code alone):\n");
        missed.forEach(line -> out.append("  ").append(line).append('\n'));
        out.append("\nSpurious events (article  code  agents -> other side  modality  \"trigger\"):\n");
        spurious.forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }

    private static List<String> row(String root, int gold, int missed, int extracted, int spurious) {
        return List.of(root, Integer.toString(gold), Integer.toString(missed), Integer.toString(extracted),
                Integer.toString(spurious), ratio(gold - missed, gold), ratio(extracted - spurious, extracted));
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.3f", (double) part / whole);
    }
}
