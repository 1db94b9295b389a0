package org.newsgraph.extract.event;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.nlp.Dependency;

/**
 * Links each conditional event to the event of its if-clause: the event whose trigger is nearest
 * to the clause head ("if Seoul decides to send arms": the sending, under "decides").
 */
final class ConditionLinker {
    private ConditionLinker() {
    }

    static void link(List<EventDraft> drafts) {
        for (EventDraft draft : drafts) {
            int head = draft.reading.conditionHead();
            if (head < 0 || draft.condition != null) continue;
            Map<Integer, Integer> depths = depthsUnder(draft.sentence, head);
            EventDraft best = null;
            int bestDepth = Integer.MAX_VALUE;
            for (EventDraft candidate : drafts) {
                Integer depth = depths.get(candidate.trigger);
                if (candidate == draft || depth == null || candidate.derived) continue;
                if (depth < bestDepth) {
                    best = candidate;
                    bestDepth = depth;
                }
            }
            draft.condition = best;
        }
    }

    /** Each word under the head, with its distance from it. */
    static Map<Integer, Integer> depthsUnder(ParsedSentence s, int head) {
        Map<Integer, Integer> depths = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>(List.of(head));
        depths.put(head, 0);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Dependency d : s.children(node)) {
                if (d.relation().equals("punct") || d.relation().equals("ref") || depths.containsKey(d.dependent())) {
                    continue;
                }
                depths.put(d.dependent(), depths.get(node) + 1);
                queue.add(d.dependent());
            }
        }
        return depths;
    }
}
