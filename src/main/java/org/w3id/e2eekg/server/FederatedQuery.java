package org.w3id.e2eekg.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Where a query's {@code SERVICE} clause may connect to. By default nowhere: a query with
 * any {@code SERVICE} ({@code <iri>}, {@code SILENT}, {@code ?var}, inside {@code EXISTS})
 * is refused whole before it runs ({@link GuardedOptimizer} calls {@link #refuse}; Fuseki
 * answers 422), and behind that the served dataset's context sets ARQ's own switch,
 * {@link ARQ#httpServiceAllowed}, to false. A query sent to this server cannot make it reach
 * the loopback interface, the local network, or itself.
 *
 * <p>With an allow-list ({@code serve --allow-service PREFIX}, repeatable), the switch is on
 * and a link added in front of the dataset's own {@link ServiceExecutorRegistry} refuses any
 * endpoint IRI that does not start with one of the prefixes; that check runs per call, after
 * {@code SERVICE ?var} is bound. The HTTP client used for those calls does not follow
 * redirects, so an allowed endpoint cannot bounce a call elsewhere.
 *
 * <p>Trade-off: prefixes are compared as text, so each must name a scheme, a host and at
 * least the {@code /} after it ({@code https://query.wikidata.org/} allows that host only,
 * not {@code query.wikidata.org.example.com}).
 */
final class FederatedQuery {
    private FederatedQuery() {}

    /** Fails unless {@code prefix} is an absolute http(s) IRI with a host and a path. */
    static void checkPrefix(String prefix) {
        try {
            URI uri = new URI(prefix);
            String scheme = uri.getScheme();
            boolean web = scheme != null && (scheme.equals("http") || scheme.equals("https"));
            if (!web || uri.getHost() == null || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")
                    || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("'" + prefix + "' is not an endpoint prefix (like https://query.wikidata.org/)");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + prefix + "' is not an endpoint prefix (like https://query.wikidata.org/)", e);
        }
    }

    /** Sets {@code context} (a served dataset's) so that SERVICE reaches only {@code allowList}. */
    static void configure(Context context, List<String> allowList, Duration timeout) {
        allowList.forEach(FederatedQuery::checkPrefix);
        context.set(ARQ.httpServiceAllowed, !allowList.isEmpty());
        if (allowList.isEmpty()) {
            return;
        }
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink(allowOnly(List.copyOf(allowList)));
        ServiceExecutorRegistry.set(context, registry);
        context.set(Service.httpQueryClient, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build());
    }

    /**
     * Refuses, before anything runs, a query whose SERVICE is not allowed: any SERVICE when
     * the allow-list is empty (SILENT too: the whole query is refused rather than each call
     * failing and being logged), and one with a constant endpoint outside the list.
     */
    static void refuse(OpService service, List<String> allowList) {
        Node endpoint = service.getService();
        boolean allowed = !allowList.isEmpty()
                && (!endpoint.isURI() || allowList.stream().anyMatch(endpoint.getURI()::startsWith));
        if (!allowed) {
            throw new QueryDeniedException("SERVICE " + (endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint)
                    + " is not allowed on this server" + (allowList.isEmpty() ? " (federated query is off)" : ""));
        }
    }

    private static ChainingServiceExecutor allowOnly(List<String> allowList) {
        return (opExecute, opOriginal, binding, execCxt, chain) -> {
            String endpoint = opExecute.getService().isURI() ? opExecute.getService().getURI() : null;
            if (endpoint == null || allowList.stream().noneMatch(endpoint::startsWith)) {
                throw new QueryDeniedException("SERVICE <" + endpoint + "> is not allowed on this server");
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        };
    }
}
