package org.newsgraph.model;

/**
 * A stretch of text that may name an actor, with the syntactic context linking needs.
 *
 * @param kind        what kind of mention it is
 * @param span        character offsets of the whole mention (title included)
 * @param sentence    sentence index
 * @param name        the name proper ("Dmitry Peskov", "Seoul", "Russian"), or the head of a description
 * @param title       words of a title or position as written ("Deputy Security Council Secretary",
 *                    "spokesman for the Kremlin"), or null
 * @param modifier    state-like words qualifying the mention ("Russian", "Russia", "Seoul"), or null
 * @param affiliation name of an organization the person is said to belong to ("the Kremlin"), or null
 * @param agentive    false when the mention only says where something happened ("in Hanoi")
 */
public record ActorMention(MentionKind kind, Span span, int sentence, String name, String title,
                           String modifier, String affiliation, boolean agentive) {
}
