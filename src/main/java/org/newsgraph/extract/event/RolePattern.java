package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.DependencyPath;

/**
 * Where a trigger's actors are: dependency paths per role, whether the event is mutual ("A and B
 * met": each is the other's target), and whether its other side must be a party named as such
 * ({@code parties}: a meeting or a call is with someone, and a thing named in its place — "calling
 * Phoenix Suns games" — does not stand for its owner as a thing attacked does), and whether a city or
 * region acted on stands for its state ({@code places}: "shelled Kharkiv" is an attack on Ukraine).
 *
 * <p>Written as {@code agent=nsubj,obl:agent|obl:with>amod; target=obj; symmetric}. Paths after
 * a "|" are a fallback, read only when the paths before it find no actor ("was supplied with
 * Russian weapons" names no supplier but the weapons' origin). {@code @name} first copies a named
 * pattern, and the roles after it add paths to its first tier.
 */
record RolePattern(Map<EventRole, List<List<DependencyPath>>> tiers, boolean symmetric, boolean partiesOnly,
                   boolean places) {
    RolePattern {
        EnumMap<EventRole, List<List<DependencyPath>>> copy = new EnumMap<>(EventRole.class);
        tiers.forEach((role, list) -> copy.put(role, list.stream().map(List::copyOf).toList()));
        tiers = copy;
    }

    /** The role's paths, best first: a tier is read only when the tiers before it found nothing. */
    List<List<DependencyPath>> tiers(EventRole role) {
        return tiers.getOrDefault(role, List.of());
    }

    boolean hasRole(EventRole role) {
        return !tiers(role).isEmpty();
    }

    static RolePattern parse(String text, Map<String, RolePattern> named) {
        Map<EventRole, List<List<DependencyPath>>> tiers = new EnumMap<>(EventRole.class);
        boolean symmetric = false;
        boolean partiesOnly = false;
        boolean places = false;
        for (String part : text.split(";")) {
            String item = part.strip();
            if (item.isEmpty()) continue;
            if (item.startsWith("@")) {
                RolePattern base = named.get(item);
                if (base == null) throw new IllegalArgumentException("unknown role pattern " + item);
                base.tiers.forEach((role, list) -> {
                    List<List<DependencyPath>> own = tiers.computeIfAbsent(role, r -> new ArrayList<>());
                    for (int i = 0; i < list.size(); i++) tier(own, i).addAll(list.get(i));
                });
                symmetric |= base.symmetric;
                partiesOnly |= base.partiesOnly;
                places |= base.places;
            } else if (item.equals("symmetric")) {
                symmetric = true;
            } else if (item.equals("parties")) {
                partiesOnly = true;
            } else if (item.equals("places")) {
                places = true;
            } else {
                int eq = item.indexOf('=');
                if (eq < 0) throw new IllegalArgumentException("expected role=paths, got '" + item + "'");
                List<List<DependencyPath>> own = tiers.computeIfAbsent(EventRole.parse(item.substring(0, eq)),
                        r -> new ArrayList<>());
                String[] levels = item.substring(eq + 1).split("\\|");
                for (int i = 0; i < levels.length; i++) {
                    for (String path : levels[i].split(",")) {
                        if (!path.isBlank()) tier(own, i).add(DependencyPath.parse(path));
                    }
                }
            }
        }
        return new RolePattern(tiers, symmetric, partiesOnly, places);
    }

    private static List<DependencyPath> tier(List<List<DependencyPath>> tiers, int index) {
        while (tiers.size() <= index) tiers.add(new ArrayList<>());
        return tiers.get(index);
    }
}
