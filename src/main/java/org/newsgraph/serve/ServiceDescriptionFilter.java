package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.store.DatasetDescription;
import org.newsgraph.store.VocabularyGraphs;
import org.newsgraph.store.consolidate.DerivedRelations;

/**
 * The SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/) of the
 * query endpoints: a GET on an endpoint without a query answers with RDF (Turtle unless the client
 * asks for RDF/XML, JSON-LD or N-Triples) that says what the endpoint speaks, that its default graph
 * is the union of the named graphs, and where the VoID description of the data is. Fuseki itself
 * answers such a request with an error.
 */
final class ServiceDescriptionFilter implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"};

    /** Request paths of the query endpoints, e.g. "/newsgraph/sparql"; set once the server is built. */
    private final Set<String> queryPaths = new CopyOnWriteArraySet<>();

    void describe(String path) {
        queryPaths.add(path.startsWith("/") ? path : "/" + path);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!"GET".equals(http.getMethod()) || http.getQueryString() != null
                || !queryPaths.contains(http.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        String endpoint = http.getRequestURL().toString();
        Lang lang = chooseLang(http.getHeader("Accept"));
        HttpServletResponse out = (HttpServletResponse) response;
        out.setStatus(HttpServletResponse.SC_OK);
        out.setContentType(lang.getHeaderString() + ";charset=utf-8");
        RDFDataMgr.write(out.getOutputStream(), description(endpoint), lang);
    }

    static Model description(String endpoint) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sd", SD);
        model.setNsPrefix("void", DatasetDescription.VOID);
        model.setNsPrefix("dcterms", DCTerms.NS);
        Resource dataset = model.createResource(DatasetDescription.DATASET)
                .addProperty(RDF.type, sd(model, "Dataset"))
                .addProperty(sdProperty("defaultGraph"), model.createResource().addProperty(RDF.type, sd(model, "Graph")))
                .addProperty(model.createProperty(DatasetDescription.VOID, "sparqlEndpoint"), model.createResource(endpoint));
        for (String graph : new String[] {DatasetDescription.GRAPH, VocabularyGraphs.ONTOLOGY.graph(),
                VocabularyGraphs.CAMEO.graph(), DerivedRelations.GRAPH}) {
            dataset.addProperty(sdProperty("namedGraph"), model.createResource()
                    .addProperty(RDF.type, sd(model, "NamedGraph"))
                    .addProperty(sdProperty("name"), model.createResource(graph)));
        }
        Resource service = model.createResource(endpoint)
                .addProperty(RDF.type, sd(model, "Service"))
                .addProperty(sdProperty("endpoint"), model.createResource(endpoint))
                .addProperty(sdProperty("supportedLanguage"), sd(model, "SPARQL11Query"))
                .addProperty(sdProperty("feature"), sd(model, "UnionDefaultGraph"))
                .addProperty(sdProperty("defaultDataset"), dataset)
                .addProperty(DCTerms.description, "newsgraph: actors, statements and CAMEO events from news articles."
                        + " Every article is a named graph; the default graph is their union. The dataset's VoID"
                        + " description (counts, vocabularies, build time) is in the graph <" + DatasetDescription.GRAPH
                        + ">; the ontology and the CAMEO scheme are in graphs of their own.");
        for (String format : RESULT_FORMATS) {
            service.addProperty(sdProperty("resultFormat"), model.createResource(FORMATS + format));
        }
        return model;
    }

    private static Lang chooseLang(String accept) {
        if (accept != null) {
            for (Lang lang : new Lang[] {Lang.RDFXML, Lang.JSONLD, Lang.NTRIPLES, Lang.TURTLE}) {
                if (accept.contains(lang.getHeaderString())) return lang;
            }
        }
        return RDFLanguages.TURTLE;
    }

    private static Resource sd(Model model, String name) {
        return model.createResource(SD + name);
    }

    private static Property sdProperty(String name) {
        return ResourceFactory.createProperty(SD, name);
    }
}
