package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class WriteAccessTest {
    private static final String PREFIXES = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    @Test
    void shippedConfigurationPassesAndLosesItsUpdateEndpointWithoutPasswords() {
        Model config = ServerConfig.load(Path.of("fuseki-config/config.ttl"));
        WriteAccess.requireLoginForWrites(config);
        assertEquals(java.util.List.of("newsgraph/update"), WriteAccess.removeEndpointsNeedingLogin(config));
        WriteAccess.requireLoginForWrites(config);
    }

    @Test
    void ingestionIsAddedWithItsLogin() {
        Model config = ServerConfig.load(Path.of("fuseki-config/config.ttl"));
        WriteAccess.addIngestion(config);
        WriteAccess.requireLoginForWrites(config);
        assertTrue(config.contains(FusekiTerms.INGEST_ENDPOINT, FusekiTerms.ALLOWED_USERS, "*"));
        assertTrue(config.contains(null, FusekiTerms.ENDPOINT, FusekiTerms.INGEST_ENDPOINT));
    }

    @Test
    void updateOpenToAnyoneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WriteAccess.requireLoginForWrites(
                turtle(":s a fuseki:Service ; fuseki:name \"ds\" ; fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name \"u\" ] .")));
        assertTrue(e.getMessage().contains("ds/u") && e.getMessage().contains("fuseki:allowedUsers"), e.getMessage());
    }

    @Test
    void unnamedWriteEndpointIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WriteAccess.requireLoginForWrites(
                turtle(":s a fuseki:Service ; fuseki:name \"ds\" ; fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:allowedUsers \"*\" ] .")));
        assertTrue(e.getMessage().contains("unnamed"), e.getMessage());
    }

    @Test
    void shorthandUpdateServiceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WriteAccess.requireLoginForWrites(
                turtle(":s a fuseki:Service ; fuseki:name \"ds\" ; fuseki:serviceUpdate \"update\" .")));
        assertTrue(e.getMessage().contains("serviceUpdate"), e.getMessage());
    }

    private static Model turtle(String body) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(PREFIXES + "PREFIX : <http://example.org/test#>\n" + body), null, "TTL");
        return model;
    }
}
