package org.w3id.e2eekg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Reads what the server says about one resource, with the SPARQL queries bundled beside
 * this class ({@code describe-out.rq}, {@code describe-in.rq}, {@code evidence.rq},
 * {@code terms.rq}); the resource is bound as a variable, never spliced into query text.
 * Each call runs in one read transaction, under the server's query timeout, and returns
 * its answer materialised.
 */
final class ResourceDescriber {
    private static final Query OUT = load("describe-out.rq");
    private static final Query IN = load("describe-in.rq");
    private static final Query EVIDENCE = load("evidence.rq");
    private static final Query TERMS = load("terms.rq");

    private final DatasetGraph dataset;
    private final long timeoutMillis;

    ResourceDescriber(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /** One fact about the resource and one sentence it was extracted from. */
    record Evidence(Node predicate, Node object, String sentence, String evidence, String article) {}

    /**
     * The resource's own triples with the labels of what it links to, plus its incoming
     * links when {@code incoming}; an empty model when the store knows nothing of it.
     */
    Model describe(String iri, boolean incoming) {
        Node resource = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createDefaultModel();
            construct(OUT, "resource", resource, m.getGraph());
            if (incoming) {
                construct(IN, "resource", resource, m.getGraph());
            }
            return m;
        });
    }

    /** The facts about the resource with their evidence sentences, sorted by property and value. */
    List<Evidence> evidence(String iri) {
        Node resource = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            List<Evidence> out = new ArrayList<>();
            try (QueryExec qe = exec(EVIDENCE).substitution("resource", resource).build()) {
                RowSet rows = qe.select();
                rows.forEachRemaining(b -> out.add(new Evidence(b.get("p"), b.get("o"),
                        b.get("sentence").getLiteralLexicalForm(), b.get("evidence").getURI(), b.get("article").getURI())));
            }
            return out;
        });
    }

    /** The terms of the hash namespace {@code namespace} defined in graph {@code graph}. */
    Model terms(String namespace, String graph) {
        return Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createDefaultModel();
            try (QueryExec qe = exec(TERMS).substitution("graph", NodeFactory.createURI(graph))
                    .substitution("namespace", NodeFactory.createLiteralString(namespace)).build()) {
                qe.construct(m.getGraph());
            }
            return m;
        });
    }

    private void construct(Query query, String var, Node value, Graph into) {
        try (QueryExec qe = exec(query).substitution(var, value).build()) {
            qe.construct(into);
        }
    }

    private org.apache.jena.sparql.exec.QueryExecBuilder exec(Query query) {
        return QueryExec.dataset(dataset).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** A query bundled beside this class, parsed. */
    static Query load(String name) {
        try (InputStream in = ResourceDescriber.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + name);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
