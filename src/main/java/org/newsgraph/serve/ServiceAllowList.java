package org.newsgraph.serve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * The gate in front of ARQ's SERVICE execution on the served dataset: a query may call only the
 * endpoints of a fixed list (Wikidata's query service unless told otherwise), and none at all unless
 * the server was started with {@code --allow-service}. A SERVICE clause whose endpoint comes from the
 * data or a variable is checked after substitution, so no query can make the server fetch another URL
 * (server-side request forgery). Refusals name the option, not ARQ's internal context symbol.
 */
public final class ServiceAllowList implements ChainingServiceExecutor {
    /** The endpoint of the federated examples in queries/. */
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";

    private final boolean allowed;
    private final Set<String> endpoints;

    /**
     * @param allowed   whether SERVICE may run at all (the {@code --allow-service} option)
     * @param endpoints the endpoint URLs queries may call, compared exactly
     */
    public ServiceAllowList(boolean allowed, List<String> endpoints) {
        this.allowed = allowed;
        this.endpoints = new LinkedHashSet<>(endpoints);
    }

    /** Puts this gate first in the SERVICE executors of {@code datasetContext} (the served dataset's own context). */
    public void install(Context datasetContext) {
        // chooseRegistry: the dataset's own registry when it has one, else the global one
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(datasetContext).copy();
        // TDB2 keeps one dataset per directory in a process: a gate of an earlier server of the same
        // database must not stay in front of this one
        registry.getSingleChain().removeIf(link -> link instanceof ServiceAllowList);
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(datasetContext, registry);
    }

    /** The endpoints queries may call. */
    public Set<String> endpoints() {
        return Set.copyOf(endpoints);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        String target = service.isURI() ? service.getURI() : service.toString();
        if (!allowed) {
            throw refused("SERVICE <" + target + "> refused: federated queries are off on this server. Start it"
                    + " with --allow-service (newsgraph serve or up) to let queries call " + String.join(", ", endpoints) + ".");
        }
        if (!service.isURI() || !endpoints.contains(target)) {
            throw refused("SERVICE <" + target + "> refused: this server only calls " + String.join(", ", endpoints)
                    + " (--allow-service URL,... sets the list).");
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }

    // 403 with the reason: the client asked for something this server does not do (a 500 would have
    // its explanation hidden by SafeErrorFilter)
    private static RuntimeException refused(String message) {
        return new ActionErrorException(HttpSC.FORBIDDEN_403, message, null);
    }
}
