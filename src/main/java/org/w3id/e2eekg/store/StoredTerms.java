package org.w3id.e2eekg.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.store.NodeId;

/**
 * Terms as a TDB2 store gives them back. TDB2 keeps numbers, dates and booleans by value,
 * so {@code "70"^^xsd:decimal} comes back as {@code "70.0"^^xsd:decimal}. This project
 * writes every term in that form ({@link #inOrder}), locally and to a remote store, so that
 * the stores hold the terms their exports show and a query gives the same answer in either.
 *
 * <p>The form matters beyond looks: TDB2 keeps a decimal with its scale, so
 * {@code "70"}, {@code "70.0"} and {@code "70.00"} are three different terms inside the
 * store that read back as one. Written in the stored form, one value is one term; a store
 * written by an older version may still hold the other spellings, which {@link #spellings}
 * lists for a lookup that must find any of them.
 */
final class StoredTerms {
    private StoredTerms() {}

    /** A copy of {@code graph} with every literal that TDB2 keeps by value in TDB2's form. */
    static Graph asStored(Graph graph) {
        Graph out = GraphFactory.createDefaultGraph();
        inOrder(graph).forEach(out::add);
        out.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        return out;
    }

    /**
     * The triples of {@code graph} in its own order (which decides the order of TDB2's node
     * ids when they are written, and so of unordered answers), in the stored form, each once.
     */
    static List<Triple> inOrder(Graph graph) {
        Set<Triple> out = new LinkedHashSet<>();
        graph.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject(), t.getPredicate(), asStored(t.getObject()))));
        return new ArrayList<>(out);
    }

    /** {@code node} as TDB2 returns it: the decoded inline value, or the node itself. */
    static Node asStored(Node node) {
        if (!node.isLiteral()) {
            return node;
        }
        NodeId id = NodeId.inline(node);
        return id == null ? node : NodeId.extract(id);
    }

    /**
     * Every spelling of {@code node} that TDB2 may hold as a term of its own and give back
     * as {@code node}'s stored form: for a decimal that fits inline, the value at each
     * scale that still fits ({@code 70}, {@code 70.0}, {@code 70.00}...); for anything else,
     * the node itself.
     */
    static List<Node> spellings(Node node) {
        Node stored = asStored(node);
        if (!stored.isLiteral() || !XSDDatatype.XSDdecimal.getURI().equals(stored.getLiteralDatatypeURI())
                || NodeId.inline(stored) == null) {
            return List.of(stored);
        }
        BigDecimal value = new BigDecimal(stored.getLiteralLexicalForm()).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        List<Node> out = new ArrayList<>();
        for (int scale = value.scale(); ; scale++) {
            Node spelling = NodeFactory.createLiteralDT(value.setScale(scale).toPlainString(), XSDDatatype.XSDdecimal);
            if (NodeId.inline(spelling) == null) {
                return out;
            }
            out.add(spelling);
        }
    }
}
