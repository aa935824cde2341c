package org.w3id.e2eekg.export.graph;

import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * GEXF 1.3 for Gephi. Attributes are declared per class with their types
 * ({@link Columns}); nodes carry {@code viz:color}, {@code viz:size} (by degree),
 * {@code viz:shape} (by {@link NodeKind}) and {@code viz:position} ({@link Layout}); edges
 * carry {@code viz:color} by stance and, in a {@code mode="dynamic"} graph with
 * {@code timeformat="date"}, a {@code start} from the earliest date of their statements, so
 * Gephi's timeline shows each position from when it was taken. An edge without a date has
 * no {@code start} and is there throughout, as GEXF defines.
 */
public final class GexfWriter {
    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";

    /** Writes the graph. */
    public void write(PropertyGraph graph, Writer out) {
        XmlOut xml = new XmlOut(out);
        xml.open("gexf", "xmlns", NS, "xmlns:viz", VIZ, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd", "version", "1.3");
        xml.open("meta").leaf("creator", "e2ee-kg")
                .leaf("description", "The e2ee-kg knowledge graph: nodes by kind, edges by fact, stances coloured, dated by their statements.")
                .close();
        xml.open("graph", "defaultedgetype", "directed", "mode", "dynamic", "timeformat", "date");
        List<Columns.Column> nodeColumns = Columns.of(graph.nodeAttributes(), graph.nodes().stream().map(GraphNode::attributes).toList());
        List<Columns.Column> edgeColumns = Columns.of(graph.edgeAttributes(), graph.edges().stream().map(GraphEdge::attributes).toList());
        declare(xml, "node", List.of(AttributeNames.KIND, AttributeNames.TYPES), nodeColumns);
        declare(xml, "edge", List.of(AttributeNames.PREDICATE, AttributeNames.STANCE), edgeColumns);

        Map<String, Layout.Point> positions = Layout.of(graph);
        Map<String, Integer> degrees = graph.degrees();
        xml.open("nodes");
        for (GraphNode n : graph.nodes()) {
            xml.open("node", "id", n.id(), "label", n.label());
            xml.open("attvalues");
            value(xml, AttributeNames.KIND, n.kind().key());
            value(xml, AttributeNames.TYPES, String.join(Columns.JOIN, n.types()));
            Columns.cells(nodeColumns, n.attributes()).forEach(c -> value(xml, c.getKey().name(), c.getValue()));
            xml.close();
            colour(xml, n.kind().colour());
            Layout.Point at = positions.get(n.id());
            xml.empty("viz:position", "x", Double.toString(at.x()), "y", Double.toString(at.y()), "z", "0.0");
            xml.empty("viz:size", "value", Double.toString(PropertyGraph.size(degrees.get(n.id()))));
            xml.empty("viz:shape", "value", n.kind().gexfShape());
            xml.close();
        }
        xml.close().open("edges");
        for (GraphEdge e : graph.edges()) {
            if (e.start().isPresent()) {
                xml.open("edge", "id", e.id(), "source", e.source(), "target", e.target(), "label", e.label(),
                        "start", e.start().get());
            } else {
                xml.open("edge", "id", e.id(), "source", e.source(), "target", e.target(), "label", e.label());
            }
            xml.open("attvalues");
            value(xml, AttributeNames.PREDICATE, e.predicate());
            e.stance().ifPresent(s -> value(xml, AttributeNames.STANCE, s));
            Columns.cells(edgeColumns, e.attributes()).forEach(c -> value(xml, c.getKey().name(), c.getValue()));
            xml.close();
            colour(xml, Palette.edgeColour(e.stance()));
            xml.empty("viz:thickness", "value", e.stance().isPresent() ? "2.0" : "1.0");
            xml.close();
        }
        xml.close().close().close().finish();
    }

    private static void declare(XmlOut xml, String forClass, List<String> own, List<Columns.Column> columns) {
        xml.open("attributes", "class", forClass);
        own.forEach(name -> xml.empty("attribute", "id", name, "title", name, "type", "string"));
        for (Columns.Column c : columns) {
            xml.empty("attribute", "id", c.name(), "title", c.name(), "type", c.type().xmlName());
        }
        xml.close();
    }

    private static void value(XmlOut xml, String name, String value) {
        xml.empty("attvalue", "for", name, "value", value);
    }

    private static void colour(XmlOut xml, String hex) {
        int[] rgb = Palette.rgb(hex);
        xml.empty("viz:color", "r", Integer.toString(rgb[0]), "g", Integer.toString(rgb[1]), "b", Integer.toString(rgb[2]));
    }
}
