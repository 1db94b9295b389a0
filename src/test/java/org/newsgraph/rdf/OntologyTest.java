package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The ontology file and the NG vocabulary class describe the same terms. */
class OntologyTest {
    private final Model ontology = RDFDataMgr.loadModel(Path.of("ontology/newsgraph.ttl").toString());

    @Test
    void everyTermOfNgIsDeclaredWithLabelAndComment() {
        for (String iri : ngTerms()) {
            Resource term = ontology.createResource(iri);
            assertTrue(ontology.contains(term, RDF.type), iri + " is not declared in the ontology");
            assertTrue(ontology.contains(term, RDFS.label), iri + " has no rdfs:label");
            assertTrue(ontology.contains(term, RDFS.comment), iri + " has no rdfs:comment");
        }
    }

    @Test
    void everyTermOfTheOntologyIsInNg() {
        Set<String> declared = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NG.NS)) {
                declared.add(s.getURI());
            }
        });
        assertEquals(declared, ngTerms());
    }

    @Test
    void hasVersionAndIndividualsOfTheRightClasses() {
        Resource doc = ontology.createResource(NG.ONTOLOGY);
        assertEquals("0.2.9", ontology.getProperty(doc, OWL.versionInfo).getString());
        for (Resource kind : new Resource[] {NG.Direct, NG.Indirect, NG.Mixed}) {
            assertTrue(ontology.contains(kind, RDF.type, NG.QuoteKind), kind + " is no ng:QuoteKind");
        }
        for (Resource modality : new Resource[] {NG.Asserted, NG.Conditional, NG.Hypothetical, NG.Negated, NG.Planned}) {
            assertTrue(ontology.contains(modality, RDF.type, NG.Modality), modality + " is no ng:Modality");
        }
    }

    @Test
    void classesSpecialiseTheReusedVocabularies() {
        assertTrue(ontology.contains(NG.Article, RDFS.subClassOf, NG.Schema.NewsArticle));
        assertTrue(ontology.contains(NG.Person, RDFS.subClassOf, NG.Actor));
        assertTrue(ontology.contains(NG.Person, RDFS.subClassOf, ontology.createResource(NG.SCHEMA + "Person")));
        assertTrue(ontology.contains(NG.State, RDFS.subClassOf, ontology.createResource(NG.SCHEMA + "Country")));
        assertTrue(ontology.contains(NG.Event, RDFS.subClassOf, NG.Sem.Event));
        assertTrue(ontology.contains(NG.Statement, RDFS.subClassOf, ontology.createResource(NG.SCHEMA + "Quotation")));
    }

    @Test
    void derivedRelationsSayWhatTheyAreDerivedFrom() {
        for (Resource relation : new Resource[] {NG.threatened, NG.criticized, NG.accused, NG.metWith, NG.armed,
                NG.sanctioned, NG.supported, NG.attacked, NG.cooperatedWith, NG.quotedAbout}) {
            assertTrue(ontology.contains(relation, RDF.type, OWL.ObjectProperty), relation + " is no object property");
            RDFNode comment = ontology.getProperty(relation, RDFS.comment).getObject();
            assertTrue(comment.asLiteral().getString().startsWith("Derived"), relation + ": " + comment);
        }
    }

    // The public static Resource fields of NG (not of its nested classes) in the ng: namespace.
    private static Set<String> ngTerms() {
        Set<String> terms = new TreeSet<>();
        for (Field field : NG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                try {
                    String uri = ((Resource) field.get(null)).getURI();
                    if (uri.startsWith(NG.NS)) {
                        terms.add(uri);
                    }
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return terms;
    }
}
