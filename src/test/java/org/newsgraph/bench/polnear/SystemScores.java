package org.newsgraph.bench.polnear;

import java.util.EnumMap;
import java.util.Map;
import org.newsgraph.eval.PrfCounts;

/**
 * One system's counts summed over the texts (micro-averaged), overall and for quoted and
 * unquoted gold contents separately (of those only recall is meaningful: a statement cannot be
 * told to belong to one kind or the other).
 */
public final class SystemScores {
    private final String system;
    private final Map<Criterion, PrfCounts> all = new EnumMap<>(Criterion.class);
    private final Map<Criterion, PrfCounts> quoted = new EnumMap<>(Criterion.class);
    private final Map<Criterion, PrfCounts> unquoted = new EnumMap<>(Criterion.class);

    public SystemScores(String system) {
        this.system = system;
    }

    void add(Map<Criterion, PrfCounts> allGold, Map<Criterion, PrfCounts> quotedGold,
             Map<Criterion, PrfCounts> unquotedGold) {
        allGold.forEach((c, counts) -> all.merge(c, counts, PrfCounts::plus));
        quotedGold.forEach((c, counts) -> quoted.merge(c, counts, PrfCounts::plus));
        unquotedGold.forEach((c, counts) -> unquoted.merge(c, counts, PrfCounts::plus));
    }

    public String system() {
        return system;
    }

    public Map<Criterion, PrfCounts> all() {
        return Map.copyOf(all);
    }

    public Map<Criterion, PrfCounts> quoted() {
        return Map.copyOf(quoted);
    }

    public Map<Criterion, PrfCounts> unquoted() {
        return Map.copyOf(unquoted);
    }
}
