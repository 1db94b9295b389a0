package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorIds;

/** Describes one actor of an article: types, names, Wikidata link and relations to other actors. */
final class ActorMapper {
    // Link confidence 1 is the default and says nothing: only doubtful links carry a value.
    private static final double CERTAIN = 1.0;

    private final TripleWriter out;
    private final Node article;

    ActorMapper(TripleWriter out, Node article) {
        this.out = out;
        this.article = article;
    }

    void map(Actor actor) {
        Node node = NodeFactory.createURI(Iris.actor(actor.id()));
        // ng:Actor is stated as well as the subclass, so plain SPARQL (no inference) finds all actors.
        out.type(node, NG.Actor);
        out.type(node, NG.actorClass(actor.type()));
        // Unnamed groups ("protesters", "the police") are organizations of the sector they belong to.
        if (actor.id().startsWith(ActorIds.GROUP_PREFIX)) out.type(node, NG.Group);
        out.string(node, RDFS.label, actor.label());
        actor.names().stream()
                .filter(name -> !name.equals(actor.label()))
                .forEach(name -> out.string(node, NG.Skos.altLabel, name));
        if (actor.isLinked()) {
            out.resource(node, OWL.sameAs, NG.wikidata(actor.wikidata()));
        }
        out.node(node, NG.mentionedIn, article);
        out.string(node, NG.position, actor.position());
        out.iri(node, NG.represents, actorIri(actor.represents()));
        out.iri(node, NG.partOf, actorIri(actor.partOf()));
        out.iri(node, NG.memberOf, actorIri(actor.memberOf()));
        if (actor.confidence() < CERTAIN) {
            out.doubleValue(node, NG.confidence, actor.confidence());
        }
    }

    private static String actorIri(String actorId) {
        return actorId == null ? null : Iris.actor(actorId);
    }
}
