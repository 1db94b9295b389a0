package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.model.ActorType;

/**
 * Every IRI of the newsgraph ontology (ontology/newsgraph.ttl) and of the vocabularies it reuses.
 * The ontology is a public API, so all code refers to its terms through this one class: a renamed
 * term then changes in one place. RDF, RDFS, OWL and XSD come from Jena's own vocabulary classes.
 * <p>
 * Field names are the terms' local names (classes capitalised), so {@code NG.Modality} is the class
 * ng:Modality; the extractor's enums of the same names are written fully qualified here.
 */
public final class NG {
    private NG() {
    }

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** Base of all resource IRIs: articles, actors, statements, events. */
    public static final String ID = "https://w3id.org/newsgraph/id/";
    /** Base of CAMEO concept IRIs: concept IRI = CAMEO + code. */
    public static final String CAMEO = "https://w3id.org/newsgraph/cameo/";
    /** Wikidata entities: WD + "Q7747". */
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    /** The ontology document itself. */
    public static final String ONTOLOGY = "https://w3id.org/newsgraph/ontology";

    // Classes
    public static final Resource Article = resource("Article");
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource State = resource("State");
    public static final Resource Organization = resource("Organization");
    public static final Resource Group = resource("Group");
    public static final Resource Statement = resource("Statement");
    public static final Resource Event = resource("Event");
    public static final Resource QuoteKind = resource("QuoteKind");
    public static final Resource Modality = resource("Modality");

    // Individuals
    public static final Resource Direct = resource("Direct");
    public static final Resource Indirect = resource("Indirect");
    public static final Resource Mixed = resource("Mixed");
    public static final Resource Asserted = resource("Asserted");
    public static final Resource Conditional = resource("Conditional");
    public static final Resource Hypothetical = resource("Hypothetical");
    public static final Resource Negated = resource("Negated");
    public static final Resource Planned = resource("Planned");

    // Article
    public static final Property sourceId = property("sourceId");
    public static final Property contentHash = property("contentHash");

    // Actor
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property position = property("position");
    public static final Property memberOf = property("memberOf");
    public static final Property represents = property("represents");
    public static final Property partOf = property("partOf");
    // Positions grouped across articles (store.consolidate.ActorIdentities)
    public static final Resource Position = resource("Position");
    public static final Property heldPosition = property("heldPosition");
    public static final Property role = property("role");
    public static final Property positionOf = property("positionOf");

    // Statement
    public static final Property speaker = property("speaker");
    public static final Property text = property("text");
    public static final Property quoteKind = property("quoteKind");
    public static final Property cue = property("cue");
    public static final Property channel = property("channel");
    public static final Property about = property("about");
    public static final Property speakerPhrase = property("speakerPhrase");
    public static final Property speakerPhraseBeginIndex = property("speakerPhraseBeginIndex");
    public static final Property speakerPhraseEndIndex = property("speakerPhraseEndIndex");

    // Event
    public static final Property eventType = property("eventType");
    public static final Property agent = property("agent");
    public static final Property target = property("target");
    public static final Property recipient = property("recipient");
    public static final Property modality = property("modality");
    public static final Property condition = property("condition");
    public static final Property statedIn = property("statedIn");
    public static final Property trigger = property("trigger");
    public static final Property report = property("report");
    public static final Property datePrecision = property("datePrecision");

    // Statement and Event
    public static final Property date = property("date");
    public static final Property reportedIn = property("reportedIn");

    // Provenance
    public static final Property evidence = property("evidence");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    public static final Property confidence = property("confidence");

    // Derived actor relations
    public static final Property threatened = property("threatened");
    public static final Property criticized = property("criticized");
    public static final Property accused = property("accused");
    public static final Property metWith = property("metWith");
    public static final Property armed = property("armed");
    public static final Property sanctioned = property("sanctioned");
    public static final Property supported = property("supported");
    public static final Property attacked = property("attacked");
    public static final Property cooperatedWith = property("cooperatedWith");
    public static final Property quotedAbout = property("quotedAbout");

    // The network summary: each actor described once, each derived relation with its support, kept at build time
    public static final Resource RelationSummary = resource("RelationSummary");
    public static final Property relationSource = property("relationSource");
    public static final Property relation = property("relation");
    public static final Property relationTarget = property("relationTarget");
    public static final Property supportCount = property("supportCount");
    public static final Property supportRank = property("supportRank");
    public static final Property relationRank = property("relationRank");
    public static final Property articleRank = property("articleRank");
    public static final Property firstDate = property("firstDate");
    public static final Property lastDate = property("lastDate");
    public static final Property supportingArticle = property("supportingArticle");
    public static final Property articleCount = property("articleCount");
    public static final Property statementCount = property("statementCount");
    public static final Property eventCount = property("eventCount");
    public static final Resource StatePair = resource("StatePair");
    public static final Property statePair = property("statePair");
    public static final Property actorState = property("actorState");
    public static final Property otherState = property("otherState");

    /** The schema.org terms the graph uses. */
    public static final class Schema {
        private Schema() {
        }

        public static final Resource NewsArticle = ResourceFactory.createResource(SCHEMA + "NewsArticle");
        public static final Property headline = ResourceFactory.createProperty(SCHEMA, "headline");
        public static final Property datePublished = ResourceFactory.createProperty(SCHEMA, "datePublished");
        public static final Property url = ResourceFactory.createProperty(SCHEMA, "url");
        public static final Property publisher = ResourceFactory.createProperty(SCHEMA, "publisher");
    }

    /** The SKOS terms the graph uses. */
    public static final class Skos {
        private Skos() {
        }

        public static final Resource Concept = ResourceFactory.createResource(SKOS + "Concept");
        public static final Property altLabel = ResourceFactory.createProperty(SKOS, "altLabel");
        public static final Property notation = ResourceFactory.createProperty(SKOS, "notation");
    }

    /** The SEM (Simple Event Model) terms the ontology specialises. */
    public static final class Sem {
        private Sem() {
        }

        public static final Resource Event = ResourceFactory.createResource(SEM + "Event");
        public static final Resource Actor = ResourceFactory.createResource(SEM + "Actor");
    }

    /** The CAMEO concept of a code: {@code cameo("138")} is {@code <https://w3id.org/newsgraph/cameo/138>}. */
    public static Resource cameo(String code) {
        return ResourceFactory.createResource(CAMEO + code);
    }

    /** The Wikidata entity of an id: {@code wikidata("Q7747")} is {@code <http://www.wikidata.org/entity/Q7747>}. */
    public static Resource wikidata(String qid) {
        return ResourceFactory.createResource(WD + qid);
    }

    /** ng:Person, ng:State or ng:Organization. */
    public static Resource actorClass(ActorType type) {
        return resource(type.className());
    }

    /** ng:Direct, ng:Indirect or ng:Mixed. */
    public static Resource quoteKind(org.newsgraph.model.QuoteKind kind) {
        return switch (kind) {
            case DIRECT -> Direct;
            case INDIRECT -> Indirect;
            case MIXED -> Mixed;
        };
    }

    /** ng:Asserted, ng:Conditional, ng:Hypothetical, ng:Negated or ng:Planned. */
    public static Resource modality(org.newsgraph.model.Modality modality) {
        return switch (modality) {
            case ASSERTED -> Asserted;
            case CONDITIONAL -> Conditional;
            case HYPOTHETICAL -> Hypothetical;
            case NEGATED -> Negated;
            case PLANNED -> Planned;
        };
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
