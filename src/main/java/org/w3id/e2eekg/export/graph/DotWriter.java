package org.w3id.e2eekg.export.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * DOT for Graphviz: {@code dot -Tsvg graph.dot > graph.svg} gives a clickable map. Every
 * node has a {@code label}, a {@code tooltip} (its kind and IRI) and a {@code URL} (its
 * IRI, which dereferences to its linked-data page); every edge a label and a tooltip with
 * its evidence sentences, coloured by stance. Each document is a cluster holding the
 * document and the nodes that are linked to it and to no other document (the signatories of
 * one letter, say); a node linked to several documents stays outside, between them.
 *
 * <p>Trade-off: DOT has no typed attributes, so only what is drawn is written; GraphML and
 * GEXF carry the data.
 */
public final class DotWriter {
    private static final int TOOLTIP_LIMIT = 600;

    /** Writes the graph. */
    public void write(PropertyGraph graph, Writer out) {
        try {
            writeDot(graph, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeDot(PropertyGraph graph, Writer out) throws IOException {
        out.write("digraph \"e2ee-kg\" {\n");
        out.write("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, nodesep=0.3, ranksep=1.2, tooltip=\"e2ee-kg\"];\n");
        out.write("  node [style=filled, fontname=\"Helvetica\", fontsize=10, color=\"#333333\"];\n");
        out.write("  edge [fontname=\"Helvetica\", fontsize=8, fontcolor=\"#555555\"];\n");
        Map<String, GraphNode> byId = new HashMap<>();
        graph.nodes().forEach(n -> byId.put(n.id(), n));
        Map<String, List<GraphNode>> clusters = clusters(graph, byId);
        Set<String> clustered = new TreeSet<>();
        int index = 0;
        for (Map.Entry<String, List<GraphNode>> c : clusters.entrySet()) {
            GraphNode document = byId.get(c.getKey());
            out.write("  subgraph \"cluster_" + index++ + "\" {\n");
            out.write("    graph [label=" + quote(GraphMlWriter.shorten(document.label())) + ", URL=" + quote(document.id())
                    + ", style=\"rounded,dashed\", color=" + quote(NodeKind.DOCUMENT.colour()) + "];\n");
            for (GraphNode n : c.getValue()) {
                out.write("    " + node(n) + "\n");
                clustered.add(n.id());
            }
            out.write("  }\n");
        }
        for (GraphNode n : graph.nodes()) {
            if (!clustered.contains(n.id())) {
                out.write("  " + node(n) + "\n");
            }
        }
        for (GraphEdge e : graph.edges()) {
            out.write("  " + quote(e.source()) + " -> " + quote(e.target()) + " [label=" + quote(e.label())
                    + ", color=" + quote(Palette.edgeColour(e.stance())) + ", penwidth=" + (e.stance().isPresent() ? "2" : "1")
                    + ", tooltip=" + quote(edgeTooltip(e)) + "];\n");
        }
        out.write("}\n");
    }

    /** Each document's cluster: the document, then the non-documents linked to it alone, sorted by id. */
    private static Map<String, List<GraphNode>> clusters(PropertyGraph graph, Map<String, GraphNode> byId) {
        Map<String, Set<String>> documentsOf = new HashMap<>();
        for (GraphEdge e : graph.edges()) {
            link(documentsOf, byId, e.source(), e.target());
            link(documentsOf, byId, e.target(), e.source());
        }
        Map<String, List<GraphNode>> out = new TreeMap<>();
        graph.nodes().stream().filter(n -> n.kind() == NodeKind.DOCUMENT)
                .forEach(d -> out.put(d.id(), new ArrayList<>(List.of(d))));
        for (GraphNode n : graph.nodes()) {
            Set<String> docs = documentsOf.getOrDefault(n.id(), Set.of());
            if (n.kind() != NodeKind.DOCUMENT && docs.size() == 1) {
                out.get(docs.iterator().next()).add(n);
            }
        }
        return out;
    }

    private static void link(Map<String, Set<String>> documentsOf, Map<String, GraphNode> byId, String from, String to) {
        if (byId.get(to).kind() == NodeKind.DOCUMENT) {
            documentsOf.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        }
    }

    private static String node(GraphNode n) {
        String style = n.kind() == NodeKind.ORGANISATION ? "\"filled,rounded\"" : "filled";
        return quote(n.id()) + " [label=" + quote(GraphMlWriter.shorten(n.label())) + ", shape=" + n.kind().dotShape()
                + ", style=" + style + ", fillcolor=" + quote(n.kind().colour()) + ", fontcolor="
                + quote(Palette.textOn(n.kind().colour())) + ", tooltip="
                + quote(n.kind().key() + ": " + n.label() + "\n" + n.id()) + ", URL=" + quote(n.id()) + "];";
    }

    private static String edgeTooltip(GraphEdge e) {
        StringBuilder b = new StringBuilder(e.label());
        e.start().ifPresent(s -> b.append(" (").append(s).append(')'));
        e.values(AttributeNames.SENTENCES).forEach(v -> b.append("\n“").append(v.text()).append('”'));
        String t = b.toString();
        return t.length() <= TOOLTIP_LIMIT ? t : t.substring(0, TOOLTIP_LIMIT - 1) + "…";
    }

    /** A DOT double-quoted string: quotes and backslashes escaped, line breaks as {@code \n}. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
