package org.newsgraph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes used when newsgraph writes RDF for people to read. */
public final class NsPrefixes {
    private NsPrefixes() {
    }

    public static PrefixMapping standard() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("ng", NG.NS)
                .setNsPrefix("id", NG.ID)
                .setNsPrefix("cameo", NG.CAMEO)
                .setNsPrefix("wd", NG.WD)
                .setNsPrefix("schema", NG.SCHEMA)
                .setNsPrefix("skos", NG.SKOS)
                .setNsPrefix("sem", NG.SEM)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .lock();
    }
}
