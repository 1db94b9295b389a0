package org.newsgraph.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.model.ActorType;

/**
 * The ontology terms the evaluator reads (see DESIGN.md). Kept here, package-private, until the
 * rdf package's vocabulary class exists; then these constants should point at it.
 */
final class EvalVocabulary {
    static final String NS = "https://w3id.org/newsgraph/ontology#";

    static final Resource ARTICLE = resource("Article");
    static final Resource STATEMENT = resource("Statement");
    static final Resource EVENT = resource("Event");
    static final Property SOURCE_ID = property("sourceId");
    static final Property MENTIONED_IN = property("mentionedIn");
    static final Property REPORTED_IN = property("reportedIn");
    static final Property TEXT = property("text");
    static final Property SPEAKER = property("speaker");
    static final Property SPEAKER_PHRASE = property("speakerPhrase");
    static final Property CUE = property("cue");
    static final Property QUOTE_KIND = property("quoteKind");
    static final Property EVENT_TYPE = property("eventType");
    static final Property AGENT = property("agent");
    static final Property TARGET = property("target");
    static final Property RECIPIENT = property("recipient");
    static final Property MODALITY = property("modality");
    static final Property TRIGGER = property("trigger");

    // Linked actors are identified both ways; accept either so a graph that has only one still scores.
    private static final Pattern WIKIDATA_ENTITY =
            Pattern.compile("https?://www\\.wikidata\\.org/(?:entity|wiki)/(Q[1-9]\\d*)");
    private static final Pattern LINKED_ACTOR_IRI = Pattern.compile("https://w3id\\.org/newsgraph/id/(Q[1-9]\\d*)");

    private EvalVocabulary() {
    }

    static Resource actorClass(ActorType type) {
        return resource(type.className());
    }

    /** The Wikidata id in a wikidata.org entity IRI, or null. */
    static String wikidataIdOfEntity(String iri) {
        return group(WIKIDATA_ENTITY.matcher(iri));
    }

    /** The Wikidata id in a linked actor's own IRI (…/id/Q7747), or null. */
    static String wikidataIdOfActorIri(String iri) {
        return group(LINKED_ACTOR_IRI.matcher(iri));
    }

    /** Local name of an IRI: what follows its last '#' or '/'. */
    static String lastSegment(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static String group(Matcher matcher) {
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
