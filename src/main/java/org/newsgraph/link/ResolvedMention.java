package org.newsgraph.link;

import org.newsgraph.extract.MentionKind;
import org.newsgraph.extract.Span;

/** Which actor a stretch of text refers to. */
public record ResolvedMention(Span span, int sentence, String actorId, MentionKind kind) {
}
