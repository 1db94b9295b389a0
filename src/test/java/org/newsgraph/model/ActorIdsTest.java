package org.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActorIdsTest {
    @Test
    void slugIsLowerCaseAsciiWithHyphens() {
        assertEquals("sao-tome-s-foreign-office", ActorIds.slug("São Tomé's  Foreign Office"));
    }
}
