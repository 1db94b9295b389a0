package org.newsgraph.eval;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.util.List;
import java.util.Locale;

/** Writes a gold file as the graph a perfect pipeline would build: it must score 1 everywhere. */
final class GoldAsGraph {
    private static final String ID = "https://w3id.org/newsgraph/id/";

    private GoldAsGraph() {
    }

    static Dataset of(GoldFile gold) {
        Dataset dataset = DatasetFactory.createTxnMem();
        dataset.executeWrite(() -> {
            int n = 0;
            for (GoldArticle article : gold.articles()) {
                dataset.addNamedModel("urn:graph:" + n++, model(article));
            }
        });
        return dataset;
    }

    private static Model model(GoldArticle gold) {
        Model model = ModelFactory.createDefaultModel();
        Resource article = model.createResource(ID + "article/" + slug(gold.sourceId()))
                .addProperty(RDF.type, EvalVocabulary.ARTICLE)
                .addProperty(EvalVocabulary.SOURCE_ID, gold.sourceId());
        for (GoldEntity entity : gold.entities()) {
            Resource actor = actor(model, entity.wikidata(), entity.label())
                    .addProperty(RDF.type, EvalVocabulary.actorClass(entity.type()));
            actor.addProperty(EvalVocabulary.MENTIONED_IN, article);
        }
        int n = 0;
        for (GoldStatement statement : gold.statements()) {
            Resource extracted = model.createResource(ID + "statement/" + slug(gold.sourceId()) + "-" + n++)
                    .addProperty(RDF.type, EvalVocabulary.STATEMENT)
                    .addProperty(EvalVocabulary.REPORTED_IN, article)
                    .addProperty(EvalVocabulary.TEXT, "He said: " + statement.quote() + ".")
                    .addProperty(EvalVocabulary.SPEAKER, reference(model, gold, statement.speakers()));
            if (statement.kind() != null) {
                extracted.addProperty(EvalVocabulary.QUOTE_KIND, term(statement.kind()));
            }
        }
        for (GoldEvent event : gold.events()) {
            Resource extracted = model.createResource(ID + "event/" + slug(gold.sourceId()) + "-" + n++)
                    .addProperty(RDF.type, EvalVocabulary.EVENT)
                    .addProperty(EvalVocabulary.REPORTED_IN, article)
                    .addProperty(EvalVocabulary.EVENT_TYPE, model.createResource("https://w3id.org/newsgraph/cameo/" + event.cameo()))
                    .addProperty(EvalVocabulary.AGENT, reference(model, gold, event.agents()));
            if (event.modality() != null) {
                extracted.addProperty(EvalVocabulary.MODALITY, term(event.modality()));
            }
            addFirst(model, gold, extracted, EvalVocabulary.TARGET, event.targets());
            addFirst(model, gold, extracted, EvalVocabulary.RECIPIENT, event.recipients());
        }
        return model;
    }

    private static void addFirst(Model model, GoldArticle gold, Resource event, Property role, List<String> refs) {
        if (!refs.isEmpty()) {
            event.addProperty(role, reference(model, gold, refs));
        }
    }

    /** The first alternative, described as the gold entity list describes it. */
    private static Resource reference(Model model, GoldArticle gold, List<String> refs) {
        String ref = refs.get(0);
        if (!GoldChecks.isWikidataId(ref)) {
            return actor(model, null, ref);
        }
        String label = gold.entities().stream().filter(entity -> ref.equals(entity.wikidata()))
                .map(GoldEntity::label).findFirst().orElse(ref);
        return actor(model, ref, label);
    }

    private static Resource actor(Model model, String wikidata, String label) {
        Resource actor = model.createResource(ID + (wikidata != null ? wikidata : "actor/" + slug(label)))
                .addProperty(RDFS.label, label);
        if (wikidata != null) {
            actor.addProperty(OWL.sameAs, model.createResource("http://www.wikidata.org/entity/" + wikidata));
        }
        return actor;
    }

    /** ng:Direct, ng:Conditional, …: the enum constant's name in title case. */
    private static Resource term(Enum<?> value) {
        String name = value.name().toLowerCase(Locale.ROOT);
        return ResourceFactory.createResource(
                EvalVocabulary.NS + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    private static String slug(String text) {
        return TextNormalizer.label(text).replaceAll("[^a-z0-9]+", "-");
    }
}
