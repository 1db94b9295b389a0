package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CameoSkosGeneratorTest {
    private static final String NS = CameoSkosGenerator.NAMESPACE;

    private static Model generateFixture(Path dir) throws IOException {
        Path ttl = dir.resolve("cameo.ttl");
        CameoSkosGenerator.generate(Fixtures.sources().resolve(SourceFiles.CAMEO_CODES), ttl);
        return RDFDataMgr.loadModel(ttl.toString());
    }

    private static String text(Model model, String code, org.apache.jena.rdf.model.Property property) {
        var statement = model.getResource(NS + code).getProperty(property);
        return statement == null ? null : statement.getString();
    }

    @Test
    void everyCodeIsAConceptWithNotationLabelAndBroader(@TempDir Path dir) throws IOException {
        Model model = generateFixture(dir);
        assertEquals(5, model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().size());
        assertEquals("138", text(model, "138", SKOS.notation));
        assertEquals("Threaten with military force", text(model, "138", SKOS.prefLabel));
        assertEquals("Make public statement", text(model, "01", SKOS.prefLabel));
        assertTrue(model.contains(model.getResource(NS + "138"), SKOS.broader, model.getResource(NS + "13")));
        assertTrue(model.contains(model.getResource(NS + "1384"), SKOS.broader, model.getResource(NS + "138")));
        Resource scheme = model.getResource(NS);
        assertTrue(model.contains(model.getResource(NS + "13"), SKOS.topConceptOf, scheme));
        assertTrue(model.contains(scheme, RDF.type, SKOS.ConceptScheme));
    }

    @Test
    void textsAreRepairedTrimmedAndMissingOnesLeftOut(@TempDir Path dir) throws IOException {
        Model model = generateFixture(dir);
        assertEquals("The general\u2019s office warned of strikes.", text(model, "138", SKOS.example));
        assertEquals("Officials said the navy \u201Cwould respond\u201D.", text(model, "1384", SKOS.example));
        assertEquals("All public statements not otherwise specified.", text(model, "010", SKOS.definition));
        assertEquals("A verbal act.", text(model, "138", SKOS.scopeNote));
        assertEquals(null, text(model, "1384", SKOS.scopeNote));
        assertEquals(null, text(model, "01", SKOS.definition));
    }

    @Test
    void rerunningGivesTheSameFile(@TempDir Path dir) throws IOException {
        Path csv = Fixtures.sources().resolve(SourceFiles.CAMEO_CODES);
        CameoSkosGenerator.generate(csv, dir.resolve("a.ttl"));
        CameoSkosGenerator.generate(csv, dir.resolve("b.ttl"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.ttl")), Files.readAllBytes(dir.resolve("b.ttl")));
    }

    @Test
    void committedSchemeParsesWithAllCodesAndTheirParents() {
        Model model = RDFDataMgr.loadModel(Path.of("ontology", "cameo.ttl").toString());
        List<Resource> concepts = model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        assertTrue(concepts.size() >= 290 && concepts.size() <= 330, "concepts: " + concepts.size());
        assertEquals(20, model.listSubjectsWithProperty(SKOS.topConceptOf).toList().size());
        for (Resource concept : concepts) {
            String notation = concept.getProperty(SKOS.notation).getString();
            assertEquals(NS + notation, concept.getURI());
            assertTrue(concept.hasProperty(SKOS.prefLabel), notation);
            int broader = concept.listProperties(SKOS.broader).toList().size();
            assertEquals(notation.length() == 2 ? 0 : 1, broader, notation);
        }
        assertTrue(model.contains(model.getResource(NS + "138"), SKOS.broader, model.getResource(NS + "13")));
        assertFalse(model.listObjectsOfProperty(SKOS.example).toList().stream()
                .anyMatch(o -> o.asLiteral().getString().contains("\u201A\u00C4")), "mojibake left");
    }
}
