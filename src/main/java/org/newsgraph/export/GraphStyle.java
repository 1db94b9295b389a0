package org.newsgraph.export;

import java.util.Locale;
import java.util.Map;

/**
 * How the exports draw a graph, the same in every format and in the explorer page
 * (src/main/resources/explore/explorer.css and .js use these colours): actors coloured by type,
 * edges by relation, node size by the number of articles, edge thickness by the number of
 * supporting events and statements. Sizes grow with the logarithm so that one actor named in
 * every article does not dwarf the rest.
 */
public final class GraphStyle {
    private static final Color OTHER = Color.ofHex("#9e9e9e");
    private static final Map<String, Color> TYPE_COLORS = Map.of(
            "person", Color.ofHex("#1f77b4"),
            "state", Color.ofHex("#d62728"),
            "organization", Color.ofHex("#2ca02c"));
    private static final Map<String, Color> RELATION_COLORS = Map.ofEntries(
            Map.entry("threatened", Color.ofHex("#d62728")),
            Map.entry("attacked", Color.ofHex("#8c1b13")),
            Map.entry("criticized", Color.ofHex("#ff7f0e")),
            Map.entry("accused", Color.ofHex("#e377c2")),
            Map.entry("sanctioned", Color.ofHex("#9467bd")),
            Map.entry("armed", Color.ofHex("#8c564b")),
            Map.entry("supported", Color.ofHex("#2ca02c")),
            Map.entry("metwith", Color.ofHex("#17becf")),
            Map.entry("cooperatedwith", Color.ofHex("#1f77b4")),
            Map.entry("quotedabout", Color.ofHex("#7f7f7f")));

    private GraphStyle() {
    }

    /** The colour of an actor type ("Person", "State", "Organization"), grey for anything else. */
    public static Color nodeColor(String type) {
        return type == null ? OTHER : TYPE_COLORS.getOrDefault(type.toLowerCase(Locale.ROOT), OTHER);
    }

    /** The colour of a relation ("threatened", "quotedAbout", ...), grey for anything else. */
    public static Color edgeColor(String relation) {
        return relation == null ? OTHER : RELATION_COLORS.getOrDefault(relation.toLowerCase(Locale.ROOT), OTHER);
    }

    /** Node diameter in points: 10 for one article, growing with the logarithm of the count. */
    public static double nodeSize(long articles) {
        return round(10 + 6 * Math.log1p(Math.max(0, articles - 1)));
    }

    /** Edge width in points: 1 for weight 1, growing with the logarithm of the weight. */
    public static double edgeWidth(double weight) {
        return round(1 + 1.5 * Math.log1p(Math.max(0, weight - 1)));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
