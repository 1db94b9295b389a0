package org.newsgraph.serve;

import static org.newsgraph.serve.FusekiTerms.ALLOWED_USERS;
import static org.newsgraph.serve.FusekiTerms.ENDPOINT;
import static org.newsgraph.serve.FusekiTerms.INGEST;
import static org.newsgraph.serve.FusekiTerms.INGEST_ENDPOINT;
import static org.newsgraph.serve.FusekiTerms.NAME;
import static org.newsgraph.serve.FusekiTerms.OPERATION;
import static org.newsgraph.serve.FusekiTerms.SERVICE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

/**
 * The rules for endpoints that change the data: each must be a named endpoint with
 * fuseki:allowedUsers, so that anonymous users can only read. Without a password file nobody can log
 * in, so such endpoints are left out; with one, the live-ingestion endpoint is added.
 */
final class WriteAccess {
    static final String INGEST_CONFIG = "fuseki-config/ingest.ttl";

    private static final Set<Resource> WRITE_OPERATIONS = Set.of(FusekiTerms.operation("update"),
            FusekiTerms.operation("gsp-rw"), FusekiTerms.operation("upload"), FusekiTerms.operation("patch"), INGEST);
    /** Fuseki's older way of declaring services, which cannot carry fuseki:allowedUsers per endpoint. */
    private static final List<Property> SHORTHAND_WRITES = List.of(FusekiTerms.property("serviceUpdate"),
            FusekiTerms.property("serviceUpload"), FusekiTerms.property("serviceReadWriteGraphStore"),
            FusekiTerms.property("serviceReadWriteQuads"));

    private WriteAccess() {
    }

    /**
     * @throws IllegalArgumentException naming the endpoint when one lets anyone change the data
     */
    static void requireLoginForWrites(Model config) {
        for (Property shorthand : SHORTHAND_WRITES) {
            config.listSubjectsWithProperty(shorthand).forEachRemaining(service -> {
                throw new IllegalArgumentException("The Fuseki configuration gives service \"" + serviceName(service)
                        + "\" a " + shorthand.getLocalName() + ", which lets anyone change the data. Declare it as a"
                        + " named fuseki:endpoint with fuseki:allowedUsers instead (see " + ServerConfig.DEFAULT_CONFIG + ").");
            });
        }
        for (Endpoint endpoint : endpoints(config)) {
            if (!endpoint.writes()) continue;
            if (endpoint.name().isEmpty()) {
                throw new IllegalArgumentException("The Fuseki configuration has an unnamed endpoint that writes on service \""
                        + endpoint.service() + "\". Give it a fuseki:name: fuseki:allowedUsers on an unnamed endpoint"
                        + " locks the whole dataset, queries included.");
            }
            if (!endpoint.resource().hasProperty(ALLOWED_USERS)) {
                throw new IllegalArgumentException("Endpoint " + endpoint + " of the Fuseki configuration lets anyone"
                        + " change the data. Give it fuseki:allowedUsers \"*\" (any user of the --passwd file).");
            }
        }
    }

    /** Removes every endpoint that needs a login, and returns their paths ("newsgraph/update"). */
    static List<String> removeEndpointsNeedingLogin(Model config) {
        List<String> removed = new ArrayList<>();
        for (Endpoint endpoint : endpoints(config)) {
            if (endpoint.resource().hasProperty(ALLOWED_USERS)) {
                removed.add(endpoint.toString());
                config.remove(endpoint.link());
            }
        }
        return removed;
    }

    /** Adds the ingestion endpoint of fuseki-config/ingest.ttl to every service. */
    static void addIngestion(Model config) {
        config.add(ingestConfig());
        for (Resource service : config.listSubjectsWithProperty(RDF.type, SERVICE).toList()) {
            config.add(service, ENDPOINT, INGEST_ENDPOINT);
        }
    }

    private static Model ingestConfig() {
        try (InputStream in = WriteAccess.class.getClassLoader().getResourceAsStream(INGEST_CONFIG)) {
            if (in == null) throw new IllegalStateException(INGEST_CONFIG + " is missing from the classpath");
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + INGEST_CONFIG + " from the classpath", e);
        }
    }

    private static List<Endpoint> endpoints(Model config) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Statement link : config.listStatements(null, ENDPOINT, (RDFNode) null).toList()) {
            if (link.getObject().isResource()) endpoints.add(new Endpoint(link));
        }
        return endpoints;
    }

    private static String serviceName(Resource service) {
        Statement name = service.getProperty(NAME);
        return name == null ? service.toString() : name.getString();
    }

    /** A fuseki:endpoint of a service, by the statement linking the two. */
    private record Endpoint(Statement link) {
        Resource resource() {
            return link.getResource();
        }

        String service() {
            return serviceName(link.getSubject());
        }

        String name() {
            Statement name = resource().getProperty(NAME);
            return name == null ? "" : name.getString();
        }

        boolean writes() {
            Statement operation = resource().getProperty(OPERATION);
            return operation != null && WRITE_OPERATIONS.contains(operation.getObject());
        }

        @Override
        public String toString() {
            return service() + "/" + name();
        }
    }
}
