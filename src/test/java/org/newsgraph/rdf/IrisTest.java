package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.Modality;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;

class IrisTest {

    @Test
    void articleIriIsFirstSixteenHexDigitsOfSha256OfSourceId() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("a-file.txt".getBytes(StandardCharsets.UTF_8));
        String expected = "https://w3id.org/newsgraph/id/article/" + HexFormat.of().formatHex(digest).substring(0, 16);
        assertEquals(expected, Iris.article("a-file.txt"));
    }

    @Test
    void actorIriIsIdBasePlusActorId() {
        assertEquals("https://w3id.org/newsgraph/id/Q42", Iris.actor("Q42"));
        assertEquals("https://w3id.org/newsgraph/id/person/jan-nowak", Iris.actor("person/jan-nowak"));
    }

    @Test
    void actorIdsWithCharactersIllegalInIrisAreEncoded() {
        assertEquals("https://w3id.org/newsgraph/id/person/a%20b%22c", Iris.actor("person/a b\"c"));
        assertEquals("https://w3id.org/newsgraph/id/person/łukasz", Iris.actor("person/łukasz"));
    }

    @Test
    void statementIriIgnoresTypographicVariantsOfTheWords() {
        Statement curly = statement("person/x", "It\u2019s  \u201Cover\u201D");
        Statement straight = statement("person/x", "it's \"over\"");
        assertEquals(Iris.statement("s1", curly), Iris.statement("s1", straight));
    }

    @Test
    void statementIriDependsOnArticleSpeakerAndWords() {
        Statement s = statement("person/x", "words");
        assertNotEquals(Iris.statement("s1", s), Iris.statement("s2", s));
        assertNotEquals(Iris.statement("s1", s), Iris.statement("s1", statement("person/y", "words")));
        assertNotEquals(Iris.statement("s1", s), Iris.statement("s1", statement("person/x", "other words")));
        assertNotEquals(Iris.statement("s1", s), Iris.statement("s1", statement(null, "words")));
    }

    @Test
    void eventIriIgnoresOrderOfParticipantsButNotTheirRoles() {
        Event ab = event(List.of("Q1", "Q2"), List.of("Q3"), new Span(5, 10));
        Event ba = event(List.of("Q2", "Q1"), List.of("Q3"), new Span(5, 10));
        Event swapped = event(List.of("Q3"), List.of("Q1", "Q2"), new Span(5, 10));
        Event elsewhere = event(List.of("Q1", "Q2"), List.of("Q3"), new Span(6, 10));
        assertEquals(Iris.event("s", ab), Iris.event("s", ba));
        assertNotEquals(Iris.event("s", ab), Iris.event("s", swapped));
        assertNotEquals(Iris.event("s", ab), Iris.event("s", elsewhere));
        assertNotEquals(Iris.event("s", ab), Iris.event("t", ab));
    }

    @Test
    void fieldBoundariesMatter() {
        assertNotEquals(Iris.statement("ab", statement("c", "x")), Iris.statement("a", statement("bc", "x")));
    }

    @Test
    void cameoConceptIri() {
        assertEquals("https://w3id.org/newsgraph/cameo/138", Iris.cameo("138"));
        assertEquals(NG.cameo("138").getURI(), Iris.cameo("138"));
    }

    private static Statement statement(String speaker, String text) {
        return new Statement(speaker, text, QuoteKind.DIRECT, "say", null, LocalDate.of(2030, 1, 1), List.of(),
                text, new Span(0, 1), 1.0);
    }

    private static Event event(List<String> agents, List<String> targets, Span span) {
        return new Event("e", "112", "accuse", agents, targets, List.of(), Modality.ASSERTED, null, -1,
                null, null, "sentence", span, 1.0);
    }
}
