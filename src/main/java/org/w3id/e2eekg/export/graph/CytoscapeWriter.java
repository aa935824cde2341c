package org.w3id.e2eekg.export.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonNumber;

/**
 * Cytoscape.js JSON: {@code elements} (nodes and edges, each a {@code data} object) and a
 * {@code style} list, so that {@code cytoscape({...json, container})} draws it styled, and
 * Cytoscape (desktop) imports it as a network with node and edge tables. Node data: id (the
 * IRI), label, kind, types, and every attribute; edge data: id, source, target, label,
 * predicate, stance, start and every attribute. A single value is a string or a number as
 * its column type says ({@link Columns}); several values are a list of strings. The
 * explorer page reads this same document; the graph's {@code data} gives the IRI root, so
 * that the page can link each node to its linked-data page on the same server.
 */
public final class CytoscapeWriter {
    private final String root;

    /** A writer for a graph whose IRIs are minted under {@code root} (given in the graph's data for the explorer). */
    public CytoscapeWriter(String root) {
        this.root = root;
    }

    /** Writes the graph. */
    public void write(PropertyGraph graph, Writer out) {
        JsonObject root = new JsonObject();
        root.put("format_version", "1.0");
        root.put("generated_by", "e2ee-kg");
        JsonObject graphData = new JsonObject();
        graphData.put("name", "e2ee-kg");
        graphData.put("root", this.root);
        root.put("data", graphData);
        JsonObject elements = new JsonObject();
        List<Columns.Column> nodeColumns = Columns.of(graph.nodeAttributes(), graph.nodes().stream().map(GraphNode::attributes).toList());
        List<Columns.Column> edgeColumns = Columns.of(graph.edgeAttributes(), graph.edges().stream().map(GraphEdge::attributes).toList());
        JsonArray nodes = new JsonArray();
        for (GraphNode n : graph.nodes()) {
            JsonObject data = new JsonObject();
            data.put("id", n.id());
            data.put(AttributeNames.LABEL, n.label());
            data.put(AttributeNames.KIND, n.kind().key());
            data.put(AttributeNames.TYPES, strings(n.types()));
            cells(data, nodeColumns, n.attributes());
            nodes.add(element(data));
        }
        JsonArray edges = new JsonArray();
        for (GraphEdge e : graph.edges()) {
            JsonObject data = new JsonObject();
            data.put("id", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            data.put(AttributeNames.LABEL, e.label());
            data.put(AttributeNames.PREDICATE, e.predicate());
            e.stance().ifPresent(s -> data.put(AttributeNames.STANCE, s));
            e.start().ifPresent(s -> data.put(AttributeNames.START, s));
            cells(data, edgeColumns, e.attributes());
            edges.add(element(data));
        }
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        root.put("elements", elements);
        root.put("style", style());
        try {
            out.write(JSON.toString(root));
            out.write("\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject element(JsonObject data) {
        JsonObject o = new JsonObject();
        o.put("data", data);
        return o;
    }

    private static void cells(JsonObject data, List<Columns.Column> columns, Map<String, List<Value>> attributes) {
        for (Columns.Column c : columns) {
            List<Value> values = attributes.get(c.name());
            if (values == null || values.isEmpty()) {
                continue;
            }
            String text = Columns.text(values, c.type());
            switch (c.type()) {
                case LONG -> data.put(c.name(), Long.parseLong(text));
                case DOUBLE -> data.put(c.name(), JsonNumber.value(Double.parseDouble(text)));
                case BOOLEAN -> data.put(c.name(), Boolean.parseBoolean(text));
                case STRING -> {
                    if (values.size() == 1) {
                        data.put(c.name(), text);
                    } else {
                        data.put(c.name(), strings(values.stream().map(Value::text).toList()));
                    }
                }
            }
        }
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    /** The style sheet: colour and shape by kind, edge colour by stance, labels from data. */
    static JsonArray style() {
        JsonArray style = new JsonArray();
        style.add(rule("node", Map.of("label", "data(label)", "font-size", "10px", "text-valign", "bottom",
                "text-wrap", "ellipsis", "text-max-width", "140px", "border-width", "1", "border-color", "#333333")));
        for (NodeKind k : NodeKind.values()) {
            style.add(rule("node[kind = '" + k.key() + "']",
                    Map.of("background-color", k.colour(), "shape", k.cytoscapeShape())));
        }
        style.add(rule("edge", Map.of("label", "data(label)", "font-size", "8px", "color", "#555555", "width", "1",
                "curve-style", "bezier", "target-arrow-shape", "triangle", "line-color", Palette.PLAIN_EDGE,
                "target-arrow-color", Palette.PLAIN_EDGE)));
        Palette.stanceColours().forEach((stance, colour) -> style.add(rule("edge[stance = '" + stance + "']",
                Map.of("line-color", colour, "target-arrow-color", colour, "width", "2"))));
        return style;
    }

    private static JsonObject rule(String selector, Map<String, String> properties) {
        JsonObject r = new JsonObject();
        r.put("selector", selector);
        JsonObject s = new JsonObject();
        new java.util.TreeMap<>(properties).forEach(s::put);
        r.put("style", s);
        return r;
    }
}
