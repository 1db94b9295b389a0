package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * The Fuseki configuration of the server: read from a file (fuseki-config/config.ttl by default,
 * else the copy on the classpath) and pointed at the database to serve.
 */
public final class ServerConfig {
    /** The configuration file, relative to the working directory, and its path on the classpath. */
    public static final String DEFAULT_CONFIG = "fuseki-config/config.ttl";
    private static final Property TDB2_LOCATION =
            ResourceFactory.createProperty("http://jena.apache.org/2016/tdb#", "location");
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final Property JA_CONTEXT = ResourceFactory.createProperty(JA, "context");
    private static final Property JA_CONTEXT_NAME = ResourceFactory.createProperty(JA, "cxtName");
    private static final Property JA_CONTEXT_VALUE = ResourceFactory.createProperty(JA, "cxtValue");
    private static final String SERVICE_ALLOWED = "arq:httpServiceAllowed";
    private static final String QUERY_TIMEOUT = "arq:queryTimeout";

    private ServerConfig() {
    }

    /**
     * Reads the configuration. With {@code configFile} null: ./fuseki-config/config.ttl when it
     * exists, else the classpath copy.
     *
     * @throws IllegalArgumentException when the file is missing or not valid Turtle, naming the file
     */
    public static Model load(Path configFile) {
        return load(configFile, Path.of(DEFAULT_CONFIG));
    }

    /** {@link #load(Path)} with another default file, for tests. */
    static Model load(Path configFile, Path defaultFile) {
        if (configFile != null) {
            return parseFile(configFile);
        }
        return Files.isRegularFile(defaultFile) ? parseFile(defaultFile) : parseClasspathCopy();
    }

    /**
     * Points every TDB2 dataset of the configuration at {@code database} (made absolute, so it does
     * not depend on the working directory).
     *
     * @throws IllegalArgumentException when the configuration has no tdb2:location to replace
     */
    public static void useDatabase(Model config, Path database) {
        List<Statement> locations = config.listStatements(null, TDB2_LOCATION, (String) null).toList();
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("The Fuseki configuration has no tdb2:location, so it cannot serve"
                    + " the database " + database + ". Use a configuration with a tdb2:DatasetTDB2 dataset"
                    + " (like " + DEFAULT_CONFIG + ").");
        }
        String location = database.toAbsolutePath().normalize().toString();
        for (Statement statement : locations) {
            config.remove(statement);
            config.add(statement.getSubject(), TDB2_LOCATION, location);
        }
    }

    /**
     * Sets whether queries may use SERVICE (federated queries) on every TDB2 dataset of the
     * configuration, replacing whatever the file says: SERVICE makes the server fetch any URL a
     * query names, so it is on only when asked for (DESIGN.md, "Serving safely").
     */
    public static void allowService(Model config, boolean allowed) {
        for (Statement location : config.listStatements(null, TDB2_LOCATION, (String) null).toList()) {
            Resource dataset = location.getSubject();
            for (Statement context : dataset.listProperties(JA_CONTEXT).toList()) {
                if (!context.getObject().isResource()) continue;
                Resource setting = context.getResource();
                if (setting.hasLiteral(JA_CONTEXT_NAME, SERVICE_ALLOWED)) {
                    config.remove(context);
                    setting.removeProperties();
                }
            }
            Resource setting = config.createResource();
            setting.addLiteral(JA_CONTEXT_NAME, SERVICE_ALLOWED);
            setting.addLiteral(JA_CONTEXT_VALUE, Boolean.toString(allowed));
            dataset.addProperty(JA_CONTEXT, setting);
        }
    }

    /**
     * Sets the query timeout (arq:queryTimeout) of every TDB2 dataset of the configuration,
     * replacing the configured one.
     */
    public static void useQueryTimeout(Model config, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The query timeout must be positive, not " + timeout + ".");
        }
        for (Resource dataset : config.listSubjectsWithProperty(TDB2_LOCATION).toList()) {
            for (Statement context : dataset.listProperties(JA_CONTEXT).toList()) {
                if (context.getObject().isResource()
                        && context.getResource().hasProperty(JA_CONTEXT_NAME, QUERY_TIMEOUT)) {
                    config.remove(context.getResource().listProperties().toList());
                    config.remove(context);
                }
            }
            Resource context = config.createResource()
                    .addProperty(JA_CONTEXT_NAME, QUERY_TIMEOUT)
                    .addProperty(JA_CONTEXT_VALUE, Long.toString(timeout.toMillis()));
            dataset.addProperty(JA_CONTEXT, context);
        }
    }

    private static Model parseFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The Fuseki configuration file " + file.toAbsolutePath()
                    + " does not exist. Give an existing file with --config, or leave --config out to use "
                    + DEFAULT_CONFIG + ".");
        }
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).parse(model);
        } catch (RiotException e) {
            throw new IllegalArgumentException("The Fuseki configuration file " + file.toAbsolutePath()
                    + " is not valid Turtle: " + e.getMessage() + ". Fix the file and try again.", e);
        }
        return model;
    }

    private static Model parseClasspathCopy() {
        try (InputStream in = ServerConfig.class.getClassLoader().getResourceAsStream(DEFAULT_CONFIG)) {
            if (in == null) {
                throw new IllegalArgumentException("No Fuseki configuration found: neither ./" + DEFAULT_CONFIG
                        + " nor a copy on the classpath. Give one with --config FILE.");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Fuseki configuration " + DEFAULT_CONFIG
                    + " from the classpath", e);
        }
    }
}
