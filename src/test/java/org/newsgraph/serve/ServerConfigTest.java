package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final Path CONFIG = Path.of("fuseki-config/config.ttl");

    @TempDir
    Path dir;

    @Test
    void shippedConfigIsReadOnlyForAnonymousUsersWithUnionGraphTimeoutAndNoService() {
        Model config = ServerConfig.load(CONFIG);
        List<org.apache.jena.rdf.model.Resource> endpoints = config.listObjectsOfProperty(property(FUSEKI, "endpoint"))
                .mapWith(RDFNode::asResource).toList();
        assertEquals(4, endpoints.size());
        for (org.apache.jena.rdf.model.Resource endpoint : endpoints) {
            String operation = endpoint.getPropertyResourceValue(property(FUSEKI, "operation")).getURI();
            boolean reads = operation.equals(FUSEKI + "query") || operation.equals(FUSEKI + "gsp-r");
            assertTrue(reads || endpoint.hasProperty(property(FUSEKI, "allowedUsers")), operation + " open to anyone");
        }
        assertTrue(config.listObjectsOfProperty(property(TDB2, "unionDefaultGraph")).next().asLiteral().getBoolean());
        assertEquals("30000", contextValue(config, "arq:queryTimeout"));
        assertEquals("false", contextValue(config, "arq:httpServiceAllowed"));
        assertEquals("db", config.listObjectsOfProperty(property(TDB2, "location")).next().asLiteral().getString());
    }

    @Test
    void defaultIsTheProjectFile() {
        assertTrue(ServerConfig.load(null).isIsomorphicWith(ServerConfig.load(CONFIG)));
    }

    @Test
    void withoutTheFileTheClasspathCopyIsUsedOrItsAbsenceExplained() {
        Path absent = dir.resolve("absent.ttl");
        if (ServerConfig.class.getClassLoader().getResource(ServerConfig.DEFAULT_CONFIG) != null) {
            assertTrue(ServerConfig.load(null, absent).isIsomorphicWith(ServerConfig.load(CONFIG)));
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ServerConfig.load(null, absent));
            assertTrue(e.getMessage().contains("--config"), e.getMessage());
        }
    }

    @Test
    void databaseReplacesTheLocationWithAnAbsolutePath() {
        Model config = ServerConfig.load(CONFIG);
        ServerConfig.useDatabase(config, Path.of("some/db"));
        List<RDFNode> locations = config.listObjectsOfProperty(property(TDB2, "location")).toList();
        assertEquals(List.of(Path.of("some/db").toAbsolutePath().normalize().toString()),
                locations.stream().map(n -> n.asLiteral().getString()).toList());
    }

    @Test
    void configWithoutTdb2DatasetIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.useDatabase(ModelFactory.createDefaultModel(), Path.of("db")));
        assertTrue(e.getMessage().contains("tdb2:location"), e.getMessage());
    }

    @Test
    void missingOrBrokenFileIsNamedInTheError() throws Exception {
        Path missing = dir.resolve("nope.ttl");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.load(missing));
        assertTrue(e.getMessage().contains("nope.ttl") && e.getMessage().contains("does not exist"), e.getMessage());
        Path broken = Files.writeString(dir.resolve("broken.ttl"), "this is not turtle");
        e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.load(broken));
        assertTrue(e.getMessage().contains("broken.ttl") && e.getMessage().contains("not valid Turtle"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private static String contextValue(Model config, String name) {
        return config.listSubjectsWithProperty(property(JA, "cxtName"), name).next()
                .getProperty(property(JA, "cxtValue")).getString();
    }

    private static Property property(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }
}
