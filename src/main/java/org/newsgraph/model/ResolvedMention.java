package org.newsgraph.model;




/** Which actor a stretch of text refers to. */
public record ResolvedMention(Span span, int sentence, String actorId, MentionKind kind) {
}
