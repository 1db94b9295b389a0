package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes the CAMEO codebook as a SKOS concept scheme: one skos:Concept per code at cameo:&lt;code&gt;,
 * with skos:notation, skos:prefLabel, skos:definition, skos:scopeNote (usage notes), skos:example,
 * skos:broader to the code one level up, and skos:topConceptOf for the 20 root codes.
 */
public final class CameoSkosGenerator {
    public static final String NAMESPACE = "https://w3id.org/newsgraph/cameo/";
    private static final String LANGUAGE = "en";

    private CameoSkosGenerator() {
    }

    /** Reads the codebook CSV and writes the Turtle file. */
    public static void generate(Path cameoCsv, Path turtleOut) throws IOException {
        Model model = toSkos(CameoCodebook.read(cameoCsv));
        Path parent = turtleOut.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(turtleOut)) {
            RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        }
    }

    static Model toSkos(List<CameoCode> codes) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("cameo", NAMESPACE);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("dcterms", DCTerms.NS);
        Resource scheme = model.createResource(NAMESPACE)
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(DCTerms.title, "CAMEO event codes", LANGUAGE)
                .addProperty(DCTerms.source, "ICEWS CAMEO codebook (cameo-codes.csv); see data/gazetteer/SOURCES", LANGUAGE);
        Set<String> known = new HashSet<>();
        codes.forEach(c -> known.add(c.code()));
        for (CameoCode code : codes) {
            Resource concept = model.createResource(NAMESPACE + code.code())
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.notation, code.code());
            addText(concept, SKOS.prefLabel, code.name());
            addText(concept, SKOS.definition, code.description());
            addText(concept, SKOS.scopeNote, code.usageNotes());
            addText(concept, SKOS.example, code.example());
            if (code.isRoot()) {
                concept.addProperty(SKOS.topConceptOf, scheme);
                scheme.addProperty(SKOS.hasTopConcept, concept);
            } else if (known.contains(code.parentCode())) {
                concept.addProperty(SKOS.broader, model.createResource(NAMESPACE + code.parentCode()));
            } else {
                throw new IOException("CAMEO code " + code.code() + " has no parent " + code.parentCode() + " in the codebook");
            }
        }
        return model;
    }

    private static void addText(Resource concept, Property property, String text) {
        if (text != null) concept.addProperty(property, text, LANGUAGE);
    }
}
