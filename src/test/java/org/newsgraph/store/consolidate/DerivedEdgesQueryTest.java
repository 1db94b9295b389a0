package org.newsgraph.store.consolidate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DerivedEdgesQueryTest {

    @Test
    void everyTemplateTripleBecomesAnEdgeOfEachSolution() {
        String select = DerivedEdgesQuery.of("""
                PREFIX ex: <http://example.org/>
                CONSTRUCT { ?event ex:from ?a . ?b ex:to ?event }
                WHERE { ?event ex:links ?a , ?b }
                """).select(Optional.empty(), OptionalInt.of(7)).toString();
        assertTrue(select.contains("http://example.org/from"), select);
        assertTrue(select.contains("http://example.org/to"), select);
        assertTrue(select.contains("LIMIT   7") || select.contains("LIMIT 7"), select);
        assertFalse(select.contains("UNION"), "the rules' pattern is evaluated once, not once per template triple");
    }

    @Test
    void rulesMustNotUseTheQuerysOwnVariables() {
        assertThrows(IllegalArgumentException.class, () -> DerivedEdgesQuery.of(
                "CONSTRUCT { ?event <urn:p> ?basis } WHERE { ?event <urn:q> ?basis }"));
    }

    @Test
    void rulesMustNameWhatSupportsAnEdge() {
        assertThrows(IllegalArgumentException.class, () -> DerivedEdgesQuery.of(
                "CONSTRUCT { ?a <urn:p> ?b } WHERE { ?a <urn:q> ?b }"));
    }

    @Test
    void theShippedRulesAreUsable() {
        assertTrue(DerivedEdgesQuery.shipped().select(Optional.of("urn:x"), OptionalInt.empty()).isSelectType());
    }
}
