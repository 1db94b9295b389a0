package org.newsgraph.serve;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of Fuseki configuration files that newsgraph reads or changes. */
final class FusekiTerms {
    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    /** newsgraph's own Fuseki terms: the ingest operation and the endpoint of fuseki-config/ingest.ttl. */
    static final String NGF = "https://w3id.org/newsgraph/fuseki#";

    static final Resource SERVICE = ResourceFactory.createResource(FUSEKI + "Service");
    static final Property NAME = property("name");
    static final Property ENDPOINT = property("endpoint");
    static final Property OPERATION = property("operation");
    static final Property ALLOWED_USERS = property("allowedUsers");
    static final Resource INGEST = ResourceFactory.createResource(NGF + "ingest");
    static final Resource INGEST_ENDPOINT = ResourceFactory.createResource(NGF + "ingestEndpoint");

    private FusekiTerms() {
    }

    static Property property(String local) {
        return ResourceFactory.createProperty(FUSEKI, local);
    }

    static Resource operation(String local) {
        return ResourceFactory.createResource(FUSEKI + local);
    }
}
