package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Asking for comment is the reporter's work; sentences written for the test. */
class CommentRequestsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";

    @Test
    void aRequestForCommentIsNoEvent() {
        assertTrue(EventFixture.extract("CNN has reached out to an attorney for Ruto for comment.").events().isEmpty());
        assertTrue(EventFixture.extract("Reuters has sought comment from Kenya's foreign ministry.").events().isEmpty());
        assertTrue(EventFixture.extract("The newspaper contacted Kenya's police for further details.").events().isEmpty());
    }

    @Test
    void reachingOutOrCallingForSomethingElseStays() {
        EventFixture.extract("Kenya reached out to Somalia to restart talks.").get("02", KENYA, SOMALIA);
        EventFixture.extract("Kenya called on Somalia to comment on the border incident.").get("02", KENYA, SOMALIA);
    }
}
