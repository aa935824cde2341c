package org.w3id.e2eekg.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.VOID;
import org.w3id.e2eekg.graph.DatasetDescription;
import org.w3id.e2eekg.graph.Iris;

/**
 * A store behind a SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB, Virtuoso,
 * a clustered store...), written with one HTTP {@code PUT ?graph=IRI} per named graph. The
 * graphs are the same as a load into a local {@link KnowledgeStore} writes: the ontology
 * and reference graphs ({@link KnowledgeStore#standardGraphs}), one graph per article and
 * the description of the dataset ({@link DatasetDescription}), with numbers, dates and
 * booleans in the form TDB2 keeps them ({@link StoredTerms}), so that the remote store
 * holds the same terms as a local one and a query gives the same answer in either.
 *
 * <p>Atomicity: the server replaces each graph whole, so a reader never sees part of a
 * graph, and a reload replaces an article's graph rather than adding to it. A load as a
 * whole is not atomic: when the endpoint fails part way, the graphs sent before are
 * replaced and the rest are not, and the error says how many were written. The standard
 * graphs are sent first, so a refused write (a bad password, a read-only endpoint) fails
 * before any article's graph is touched.
 *
 * <p>Trade-off: the description counts the whole dataset, so a load fetches the graphs it
 * does not write to count them again: loading one article into an endpoint that holds many
 * downloads them all. That keeps the description exact with nothing but the Graph Store
 * Protocol; a corpus too large for that wants the description computed by the server.
 *
 * <p>Authentication: with {@link Credentials}, the user and password are registered with
 * Jena's {@link AuthEnv} for this endpoint for the duration of a write, which answers both
 * Basic and Digest challenges; they are removed afterwards.
 */
public final class RemoteStore {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    private final String endpoint;
    private final Iris iris;
    private final Credentials credentials;
    /**
     * This store's own client, with its connect timeout, rather than the JVM-wide one Jena
     * keeps, so that the connections it keeps open are only this store's. A kept connection
     * the server closes just as it is reused is handled by {@link #idempotent}.
     */
    private final HttpClient client;

    private RemoteStore(String endpoint, Iris iris, Credentials credentials) {
        this.endpoint = endpoint;
        this.iris = iris;
        this.credentials = credentials;
        this.client = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * The store behind the Graph Store Protocol endpoint {@code url} (for Fuseki, the
     * dataset URL such as {@code http://host:3030/ds}). Nothing is sent yet.
     *
     * @param credentials the user and password, or null to send none
     * @throws StoreException when {@code url} is not an absolute http(s) URL
     */
    public static RemoteStore at(String url, Iris iris, Credentials credentials) {
        Objects.requireNonNull(iris, "iris");
        checkUrl(url);
        return new RemoteStore(url, iris, credentials);
    }

    /** Fails unless {@code url} is an absolute http(s) URL with a host and no fragment. */
    public static void checkUrl(String url) {
        Objects.requireNonNull(url, "url");
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null || uri.getFragment() != null) {
                throw new StoreException(url + ": not an http(s) endpoint URL");
            }
        } catch (URISyntaxException e) {
            throw new StoreException(url + ": not a URL (" + e.getMessage() + ")", e);
        }
    }

    public String endpoint() {
        return endpoint;
    }

    /**
     * Checks, writing nothing, that the endpoint answers HTTP at all: a {@code HEAD} of the
     * ontology graph, whatever its status (authentication and permissions are checked by the
     * first write). Lets a load with a mistyped host or port fail before it does any work.
     *
     * @throws StoreException when the endpoint cannot be reached
     */
    public void checkReachable() {
        String target = graphUrl(iris.ontologyGraph());
        HttpRequest head = HttpRequest.newBuilder(URI.create(target))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(PROBE_TIMEOUT)
                .build();
        try {
            client.send(head, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new StoreException(endpoint + ": cannot connect (" + cause(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(endpoint + ": interrupted while connecting", e);
        }
    }

    /**
     * Replaces the named graph of each article given, rewrites the ontology and reference
     * graphs first and the dataset's description ({@link Iris#voidGraph}) last: one
     * {@code PUT} per graph.
     *
     * <p>The description covers the whole remote dataset, as a local store's does, and the
     * Graph Store Protocol cannot list graphs; so the graphs it covers are those the previous
     * description lists ({@code void:subset}) and those this load writes. The ones not
     * written now are fetched ({@code GET}) to be counted again; one that is gone is dropped.
     *
     * @throws StoreException naming the endpoint, the HTTP status and how many graphs were
     *                        written, when the endpoint refuses a graph or cannot be reached
     */
    public void replaceArticles(List<NamedGraph> articles) {
        List<NamedGraph> all = new ArrayList<>();
        for (NamedGraph g : KnowledgeStore.standardGraphs(iris)) {
            all.add(stored(g));
        }
        for (NamedGraph g : articles) {
            all.add(stored(g));
        }
        int total = all.size() + 1;
        URI authScope = URI.create(endpoint);
        if (credentials != null) {
            AuthEnv.get().registerUsernamePassword(authScope, credentials.user(), credentials.password());
        }
        int written = 0;
        try (RDFLink link = RDFLinkHTTP.newBuilder().destination(endpoint).httpClient(client).build()) {
            for (NamedGraph g : all) {
                put(link, g, written, total);
                written++;
            }
            DatasetGraph described = DatasetGraphFactory.create();
            for (String name : previouslyDescribed(link, written, total)) {
                Graph g = fetch(link, name, written, total);
                if (g != null) {
                    add(described, name, g);
                }
            }
            for (NamedGraph g : all) {
                described.removeGraph(NodeFactory.createURI(g.name()));
                add(described, g.name(), g.model().getGraph());
            }
            Model description = new DatasetDescription(iris).describe(described);
            put(link, new NamedGraph(iris.voidGraph(), description), written, total);
        } finally {
            if (credentials != null) {
                AuthEnv.get().unregisterUsernamePassword(authScope);
            }
        }
    }

    private static NamedGraph stored(NamedGraph g) {
        return new NamedGraph(g.name(), ModelFactory.createModelForGraph(StoredTerms.asStored(g.model().getGraph())));
    }

    private void put(RDFLink link, NamedGraph g, int written, int total) {
        try {
            // a PUT replaces the graph whole, so sending it again is safe
            idempotent(() -> {
                link.put(NodeFactory.createURI(g.name()), g.model().getGraph());
                return null;
            });
        } catch (HttpException e) {
            throw new StoreException(failure(e, "PUT", g.name(), written, total), e);
        }
    }

    /** The graph {@code name} on the endpoint, or null when it has none of that name. */
    private Graph fetch(RDFLink link, String name, int written, int total) {
        try {
            return idempotent(() -> link.get(NodeFactory.createURI(name)));
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return null;
            }
            throw new StoreException(failure(e, "GET", name, written, total), e);
        }
    }

    /**
     * Sends an idempotent request, and sends it once more when the server closed the
     * connection before any byte of an answer came: the client had kept the connection open
     * after the last exchange and reused it just as the server closed it (Jetty closes a
     * connection after some error answers), so the request got no answer at all.
     */
    private static <T> T idempotent(Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpException e) {
            if (!closedBeforeAnswer(e)) {
                throw e;
            }
            return request.get();
        }
    }

    private static boolean closedBeforeAnswer(HttpException e) {
        if (e.getStatusCode() > 0) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("received no bytes")) {
                return true;
            }
        }
        return false;
    }

    /** The graphs the description on the endpoint lists, other than itself. */
    private Set<String> previouslyDescribed(RDFLink link, int written, int total) {
        Set<String> names = new TreeSet<>();
        Graph previous = fetch(link, iris.voidGraph(), written, total);
        if (previous != null) {
            Node dataset = NodeFactory.createURI(iris.dataset());
            previous.find(dataset, VOID.subset.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI() && !t.getObject().getURI().equals(iris.voidGraph())) {
                    names.add(t.getObject().getURI());
                }
            });
        }
        return names;
    }

    private static void add(DatasetGraph dsg, String name, Graph g) {
        Node n = NodeFactory.createURI(name);
        g.find().forEachRemaining(t -> dsg.add(n, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private String failure(HttpException e, String method, String graph, int written, int total) {
        String what;
        if (e.getStatusCode() > 0) {
            String line = e.getStatusLine() == null ? "" : " " + oneLine(e.getStatusLine());
            what = "HTTP " + e.getStatusCode() + line + " on " + method + " of graph <" + graph + ">";
        } else {
            what = "cannot connect (" + cause(e) + ")";
        }
        String progress = written == 0 ? "nothing was written"
                : written + " of " + total + " graphs had been written";
        return endpoint + ": " + what + "; " + progress;
    }

    /** {@code url?graph=IRI}, or {@code &graph=} when the URL already has a query string. */
    private String graphUrl(String graph) {
        return endpoint + (endpoint.contains("?") ? "&" : "?") + "graph="
                + URLEncoder.encode(graph, StandardCharsets.UTF_8);
    }

    /** What went wrong with the connection, in a few words ("connection refused"). */
    private static String cause(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return t.getMessage() == null || t.getMessage().isBlank() ? "connection refused" : oneLine(t.getMessage());
            }
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof HttpTimeoutException) {
                return "timed out";
            }
            if (message == null && t.getMessage() != null && !t.getMessage().isBlank() && !(t instanceof HttpException)) {
                message = t.getClass().getSimpleName() + ": " + oneLine(t.getMessage());
            }
        }
        return message != null ? message : e.getClass().getSimpleName();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
