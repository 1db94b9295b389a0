package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.actor.ReferenceWords;
import org.newsgraph.lexicon.TsvTable;
import org.newsgraph.lexicon.WordClasses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trigger dictionary and the CAMEO codes derived from it are real CAMEO concepts. */
class TriggerDictionaryTest {
    private static final WordClasses CLASSES = WordClasses.load();
    private static Set<String> cameoCodes;

    @BeforeAll
    static void readCodebook() {
        Model cameo = RDFDataMgr.loadModel("ontology/cameo.ttl");
        cameoCodes = new HashSet<>();
        cameo.listObjectsOfProperty(SKOS.notation).forEachRemaining(n -> cameoCodes.add(n.asLiteral().getString()));
    }

    @Test
    void everyCodeATriggerCanGiveIsInTheCodebook() {
        for (Trigger trigger : TriggerDictionary.load(CLASSES, ReferenceWords.load(CLASSES)).all()) {
            for (int kind = 0; kind <= 3; kind++) {
                String code = trigger.code().code(kind);
                assertTrue(cameoCodes.contains(code), trigger.lemma() + " gives " + code);
                for (String derived : List.of(CameoFamilies.intentOf(code), CameoFamilies.rejectionOf(code),
                        CameoFamilies.threatOf(code), CameoFamilies.planned(code))) {
                    assertTrue(cameoCodes.contains(derived), trigger.lemma() + " " + code + " derives " + derived);
                }
                if (!trigger.code().hasKind()) break;
            }
        }
    }

    @Test
    void namedPatternsAndFallbackTiersAreRead() throws Exception {
        TriggerDictionary dictionary = TriggerDictionary.parse(rows("""
                lemma\tpos\tcameo\troles\trequires
                @give\t-\t-\tagent=nsubj|obl:with>amod; recipient=obl:to
                supply\tV\t07#+\t@give; recipient=iobj\t
                greet\tV\t043\tagent=nsubj; target=obj; symmetric\tobj:envoy
                """), CLASSES);
        Trigger supply = dictionary.all().stream().filter(t -> t.lemma().equals("supply")).findFirst().orElseThrow();
        assertEquals(2, supply.roles().tiers(EventRole.AGENT).size());
        assertEquals(2, supply.roles().tiers(EventRole.RECIPIENT).get(0).size());
        assertTrue(supply.code().needsKind());
        Trigger greet = dictionary.all().stream().filter(t -> t.lemma().equals("greet")).findFirst().orElseThrow();
        assertTrue(greet.roles().symmetric());
        assertEquals("envoy", greet.requirements().get(0).wordClass());
        assertFalse(greet.roles().hasRole(EventRole.RECIPIENT));
    }

    @Test
    void aBadLineSaysWhereItIs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TriggerDictionary.parse(rows("""
                lemma\tpos\tcameo\troles
                attack\tV\t1x9\tagent=nsubj
                """), CLASSES));
        assertTrue(e.getMessage().startsWith("test:2"), e.getMessage());
    }

    @Test
    void cameoTemplatesFillTheKindDigit() {
        assertEquals("072", CameoTemplate.parse("07#").code(2));
        assertEquals("070", CameoTemplate.parse("07#").code(0));
        assertEquals("0233", CameoTemplate.parse("023#").code(3));
        assertEquals("023", CameoTemplate.parse("023#").code(0));
        assertEquals("138", CameoTemplate.parse("138").code(2));
    }

    @Test
    void cameoFamiliesMirrorTheKindOfAid() {
        assertEquals("0332", CameoFamilies.intentOf("072"));
        assertEquals("1222", CameoFamilies.rejectionOf("072"));
        assertEquals("0312", CameoFamilies.intentOf("062"));
        assertEquals("036", CameoFamilies.planned("042"));
        assertEquals("138", CameoFamilies.threatOf("190"));
        assertEquals("130", CameoFamilies.threatOf("051"));
        assertEquals("1313", CameoFamilies.threatOf("161"));
        assertEquals("1312", CameoFamilies.threatOf("163"));
        assertEquals("134", CameoFamilies.threatOf("164"));
        assertEquals("131", CameoFamilies.threatOf("166"));
    }

    private static List<TsvTable.Row> rows(String text) throws Exception {
        return TsvTable.read(new BufferedReader(new StringReader(text)), "test", List.of("lemma", "pos", "cameo", "roles"));
    }
}
