package org.w3id.e2eekg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.store.NodeId;

/**
 * Terms as a TDB2 store gives them back. TDB2 keeps numbers, dates and booleans by value,
 * so {@code "70"^^xsd:decimal} comes back as {@code "70.0"^^xsd:decimal}; a graph sent to a
 * remote store is put in the same form first, so that the remote store holds the same terms
 * as a local load and a query gives the same answer in either.
 */
final class StoredTerms {
    private StoredTerms() {}

    /** A copy of {@code graph} with every literal that TDB2 keeps by value in TDB2's form. */
    static Graph asStored(Graph graph) {
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject(), t.getPredicate(), asStored(t.getObject()))));
        out.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        return out;
    }

    /** {@code node} as TDB2 returns it: the decoded inline value, or the node itself. */
    static Node asStored(Node node) {
        if (!node.isLiteral()) {
            return node;
        }
        NodeId id = NodeId.inline(node);
        return id == null ? node : NodeId.extract(id);
    }
}
