package org.w3id.e2eekg.export.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The fact view: the graph people want to look at, defined once, by the CONSTRUCT query
 * {@code queries/views/fact-view.rq} (bundled in the jar under the same path); its header
 * says what it keeps. The query runs over a data graph that must hold the ontology too (it
 * finds facts by {@code e2k:FactProperty} and documents by {@code rdfs:subClassOf}).
 *
 * <p>Trade-off: a query rather than code keeps the definition readable and runnable by
 * anyone ({@code e2ee-kg query queries/views/fact-view.rq}), at the price of SPARQL's
 * limits: the folding of statements into edges is left to {@link PropertyGraphBuilder}.
 */
public final class FactView {
    /** Where the query is, in the repository and on the class path. */
    public static final String QUERY_PATH = "queries/views/fact-view.rq";
    private static final Query QUERY = load();

    private FactView() {}

    /** The query. */
    public static Query query() {
        return QUERY;
    }

    /** The fact view of {@code data}, in memory. */
    public static Graph of(Graph data) {
        return construct(QUERY, data);
    }

    /** The result of a CONSTRUCT query over {@code data}, in memory. */
    public static Graph construct(Query query, Graph data) {
        if (!query.isConstructType()) {
            throw new IllegalArgumentException("not a CONSTRUCT query");
        }
        Graph out = GraphFactory.createDefaultGraph();
        try (QueryExec qe = QueryExec.graph(data).query(query).build()) {
            qe.construct(out);
        }
        return out;
    }

    private static Query load() {
        try (InputStream in = FactView.class.getResourceAsStream("/" + QUERY_PATH)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + QUERY_PATH);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
