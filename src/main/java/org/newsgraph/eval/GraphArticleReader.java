package org.newsgraph.eval;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.Modality;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.rdf.NG;

/**
 * Reads what a graph holds for an article, by its ng:sourceId, into plain records. The model must
 * be read inside a read transaction when it is backed by a transactional store.
 */
final class GraphArticleReader {
    private final Model model;
    private final Map<String, Set<Resource>> articlesBySourceId;
    private final Map<Resource, GraphActor> actors = new HashMap<>();

    GraphArticleReader(Model model) {
        this.model = model;
        this.articlesBySourceId = indexArticles(model);
    }

    /** Every ng:sourceId in the graph. */
    Set<String> sourceIds() {
        return articlesBySourceId.keySet();
    }

    /** The article with this ng:sourceId, or empty when the graph lacks it. */
    Optional<GraphArticle> read(String sourceId) {
        Set<Resource> articles = articlesBySourceId.get(sourceId);
        if (articles == null) {
            return Optional.empty();
        }
        // Several article resources may share a source id (e.g. one file ingested twice under
        // different IRIs); they are one article for scoring.
        Set<Resource> mentioned = new LinkedHashSet<>();
        Set<Resource> statements = new LinkedHashSet<>();
        Set<Resource> events = new LinkedHashSet<>();
        for (Resource article : articles) {
            mentioned.addAll(model.listSubjectsWithProperty(EvalVocabulary.MENTIONED_IN, article).toList());
            for (Resource reported : model.listSubjectsWithProperty(EvalVocabulary.REPORTED_IN, article).toList()) {
                // A consolidated statement stands for reports that are counted themselves.
                if (reported.hasProperty(RDF.type, EvalVocabulary.STATEMENT) && !reported.hasProperty(NG.report)) {
                    statements.add(reported);
                }
                if (reported.hasProperty(RDF.type, EvalVocabulary.EVENT)) {
                    events.add(reported);
                }
            }
        }
        return Optional.of(new GraphArticle(sourceId,
                mentioned.stream().map(this::actor).toList(),
                statements.stream().map(this::statement).toList(),
                events.stream().map(this::event).toList()));
    }

    private static Map<String, Set<Resource>> indexArticles(Model model) {
        Map<String, Set<Resource>> index = new LinkedHashMap<>();
        for (Resource article : model.listSubjectsWithProperty(RDF.type, EvalVocabulary.ARTICLE).toList()) {
            for (Statement sourceId : article.listProperties(EvalVocabulary.SOURCE_ID).toList()) {
                if (sourceId.getObject().isLiteral()) {
                    index.computeIfAbsent(sourceId.getString(), key -> new LinkedHashSet<>()).add(article);
                }
            }
        }
        return index;
    }

    private GraphStatement statement(Resource statement) {
        return new GraphStatement(statement.toString(),
                literals(statement, EvalVocabulary.TEXT),
                actors(statement, EvalVocabulary.SPEAKER),
                enumValues(statement, EvalVocabulary.QUOTE_KIND, QuoteKind.class),
                literals(statement, EvalVocabulary.SPEAKER_PHRASE),
                literals(statement, EvalVocabulary.CUE));
    }

    private GraphEvent event(Resource event) {
        Set<String> codes = objects(event, EvalVocabulary.EVENT_TYPE).stream()
                .map(GraphArticleReader::cameoCode)
                .filter(CameoCodes::isCode)
                .collect(Collectors.toSet());
        return new GraphEvent(event.toString(), codes,
                actors(event, EvalVocabulary.AGENT),
                actors(event, EvalVocabulary.TARGET),
                actors(event, EvalVocabulary.RECIPIENT),
                enumValues(event, EvalVocabulary.MODALITY, Modality.class),
                literals(event, EvalVocabulary.TRIGGER));
    }

    /** The concept IRI's last segment is the code; skos:notation is a fallback for other IRI schemes. */
    private static String cameoCode(RDFNode eventType) {
        if (eventType.isLiteral()) {
            return eventType.asLiteral().getLexicalForm();
        }
        Resource concept = eventType.asResource();
        if (concept.isURIResource() && CameoCodes.isCode(EvalVocabulary.lastSegment(concept.getURI()))) {
            return EvalVocabulary.lastSegment(concept.getURI());
        }
        Statement notation = concept.getProperty(SKOS.notation);
        return notation != null && notation.getObject().isLiteral() ? notation.getString() : null;
    }

    private GraphActor actor(Resource actor) {
        return actors.computeIfAbsent(actor, GraphArticleReader::describeActor);
    }

    private static GraphActor describeActor(Resource actor) {
        Set<ActorType> types = EnumSet.noneOf(ActorType.class);
        for (ActorType type : ActorType.values()) {
            if (actor.hasProperty(RDF.type, EvalVocabulary.actorClass(type))) {
                types.add(type);
            }
        }
        Set<String> names = new LinkedHashSet<>(literals(actor, RDFS.label));
        names.addAll(literals(actor, SKOS.altLabel));
        Set<String> wikidataIds = new LinkedHashSet<>();
        for (RDFNode same : objects(actor, OWL.sameAs)) {
            if (same.isURIResource()) {
                addIfPresent(wikidataIds, EvalVocabulary.wikidataIdOfEntity(same.asResource().getURI()));
            }
        }
        if (actor.isURIResource()) {
            addIfPresent(wikidataIds, EvalVocabulary.wikidataIdOfActorIri(actor.getURI()));
        }
        return new GraphActor(actor.toString(), types, names, wikidataIds);
    }

    private List<GraphActor> actors(Resource subject, Property property) {
        return objects(subject, property).stream()
                .filter(RDFNode::isResource)
                .map(node -> actor(node.asResource()))
                .toList();
    }

    private static List<RDFNode> objects(Resource subject, Property property) {
        return subject.listProperties(property).mapWith(Statement::getObject).toList();
    }

    private static List<String> literals(Resource subject, Property property) {
        return objects(subject, property).stream()
                .filter(RDFNode::isLiteral)
                .map(node -> node.asLiteral().getLexicalForm())
                .toList();
    }

    /** Values like ng:Conditional map to the enum constant of the same name; unknown ones are dropped. */
    private static <E extends Enum<E>> Set<E> enumValues(Resource subject, Property property, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (RDFNode node : objects(subject, property)) {
            String name = node.isURIResource()
                    ? EvalVocabulary.lastSegment(node.asResource().getURI())
                    : node.isLiteral() ? node.asLiteral().getLexicalForm() : "";
            Arrays.stream(type.getEnumConstants())
                    .filter(constant -> constant.name().equals(name.toUpperCase(Locale.ROOT)))
                    .forEach(values::add);
        }
        return values;
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }
}
