package org.w3id.e2eekg.export.graph;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A graph as graph tools take it: nodes and edges, each with attributes. Immutable; nodes
 * are sorted by id and edges by source, predicate and target, so every writer that walks
 * them in order is deterministic.
 *
 * @param nodes the nodes, sorted by id
 * @param edges the edges, sorted; every end is one of the nodes
 */
public record PropertyGraph(List<GraphNode> nodes, List<GraphEdge> edges) {
    private static final Comparator<GraphEdge> EDGE_ORDER = Comparator.comparing(GraphEdge::source)
            .thenComparing(GraphEdge::predicate).thenComparing(GraphEdge::target);

    public PropertyGraph {
        nodes = nodes.stream().sorted(Comparator.comparing(GraphNode::id)).toList();
        edges = edges.stream().sorted(EDGE_ORDER).toList();
    }

    /** The attribute names used by nodes, sorted. */
    public List<String> nodeAttributes() {
        return nodes.stream().flatMap(n -> n.attributes().keySet().stream()).distinct().sorted().toList();
    }

    /** The attribute names used by edges, sorted. */
    public List<String> edgeAttributes() {
        return edges.stream().flatMap(e -> e.attributes().keySet().stream()).distinct().sorted().toList();
    }

    /** How many edges each node has, by node id. */
    public Map<String, Integer> degrees() {
        Map<String, Integer> out = new HashMap<>();
        nodes.forEach(n -> out.put(n.id(), 0));
        for (GraphEdge e : edges) {
            out.merge(e.source(), 1, Integer::sum);
            out.merge(e.target(), 1, Integer::sum);
        }
        return out;
    }

    /** A node's drawing size: grows with the square root of its degree. */
    static double size(int degree) {
        return Math.round((20 + 8 * Math.sqrt(degree)) * 10) / 10.0;
    }

    static SortedMap<String, List<Value>> frozen(SortedMap<String, List<Value>> attributes) {
        SortedMap<String, List<Value>> copy = new TreeMap<>();
        // one value per text: "NSPCC" and "NSPCC"@en read the same in every tool
        attributes.forEach((k, v) -> copy.put(k, List.copyOf(v.stream().sorted()
                .collect(Collectors.toMap(Value::text, x -> x, (a, b) -> a, LinkedHashMap::new)).values())));
        return Collections.unmodifiableSortedMap(copy);
    }
}
