package org.w3id.e2eekg.export.graph;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GraphML for yEd, Gephi and Cytoscape. Every attribute has a typed {@code <key>}
 * ({@link Columns}); the writer's own attributes ({@code label}, {@code kind}, {@code types}
 * for nodes; {@code label}, {@code predicate}, {@code stance}, {@code start} for edges) come
 * first. Each node and edge also carries yEd's graphics ({@code y:ShapeNode} with geometry
 * from {@link Layout}, fill by {@link NodeKind}, label; {@code y:PolyLineEdge} coloured by
 * stance), which yEd needs to draw anything and other readers skip.
 *
 * <p>Trade-off: node ids are the IRIs, as the other formats have them; the GraphML schema
 * types ids as {@code NMTOKEN}, which an IRI's {@code /} is not, but yEd, Gephi and
 * Cytoscape read them, and an IRI is what joins the file back to the graph.
 */
public final class GraphMlWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String YFILES = "http://www.yworks.com/xml/graphml";
    private static final String NODE_GRAPHICS = "y_node";
    private static final String EDGE_GRAPHICS = "y_edge";

    /** Writes the graph. */
    public void write(PropertyGraph graph, Writer out) {
        XmlOut xml = new XmlOut(out);
        xml.open("graphml", "xmlns", NS, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance", "xmlns:y", YFILES,
                "xsi:schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        List<Columns.Column> nodeColumns = Columns.of(graph.nodeAttributes(), graph.nodes().stream().map(GraphNode::attributes).toList());
        List<Columns.Column> edgeColumns = Columns.of(graph.edgeAttributes(), graph.edges().stream().map(GraphEdge::attributes).toList());
        for (String own : List.of(AttributeNames.LABEL, AttributeNames.KIND, AttributeNames.TYPES)) {
            key(xml, "node", own, Columns.Type.STRING);
        }
        nodeColumns.forEach(c -> key(xml, "node", c.name(), c.type()));
        xml.empty("key", "id", NODE_GRAPHICS, "for", "node", "yfiles.type", "nodegraphics");
        for (String own : List.of(AttributeNames.LABEL, AttributeNames.PREDICATE, AttributeNames.STANCE, AttributeNames.START)) {
            key(xml, "edge", own, Columns.Type.STRING);
        }
        edgeColumns.forEach(c -> key(xml, "edge", c.name(), c.type()));
        xml.empty("key", "id", EDGE_GRAPHICS, "for", "edge", "yfiles.type", "edgegraphics");

        xml.open("graph", "id", "G", "edgedefault", "directed");
        Map<String, Layout.Point> positions = Layout.of(graph);
        Map<String, Integer> degrees = graph.degrees();
        for (GraphNode n : graph.nodes()) {
            xml.open("node", "id", n.id());
            data(xml, "node", AttributeNames.LABEL, n.label());
            data(xml, "node", AttributeNames.KIND, n.kind().key());
            data(xml, "node", AttributeNames.TYPES, String.join(Columns.JOIN, n.types()));
            for (Map.Entry<Columns.Column, String> cell : Columns.cells(nodeColumns, n.attributes())) {
                data(xml, "node", cell.getKey().name(), cell.getValue());
            }
            shapeNode(xml, n, positions.get(n.id()), PropertyGraph.size(degrees.get(n.id())));
            xml.close();
        }
        for (GraphEdge e : graph.edges()) {
            xml.open("edge", "source", e.source(), "target", e.target());
            data(xml, "edge", AttributeNames.LABEL, e.label());
            data(xml, "edge", AttributeNames.PREDICATE, e.predicate());
            e.stance().ifPresent(s -> data(xml, "edge", AttributeNames.STANCE, s));
            e.start().ifPresent(s -> data(xml, "edge", AttributeNames.START, s));
            for (Map.Entry<Columns.Column, String> cell : Columns.cells(edgeColumns, e.attributes())) {
                data(xml, "edge", cell.getKey().name(), cell.getValue());
            }
            polyLineEdge(xml, e);
            xml.close();
        }
        xml.close().close().finish();
    }

    private static String keyId(String element, String name) {
        return (element.equals("node") ? "n_" : "e_") + name;
    }

    private static void key(XmlOut xml, String element, String name, Columns.Type type) {
        xml.empty("key", "id", keyId(element, name), "for", element, "attr.name", name, "attr.type", type.xmlName());
    }

    private static void data(XmlOut xml, String element, String name, String value) {
        xml.leaf("data", value, "key", keyId(element, name));
    }

    private static void shapeNode(XmlOut xml, GraphNode n, Layout.Point at, double size) {
        double width = Math.max(size, 8 * Math.min(n.label().length(), 24) / 2.0);
        xml.open("data", "key", NODE_GRAPHICS).open("y:ShapeNode");
        xml.empty("y:Geometry", "x", num(at.x() - width / 2), "y", num(at.y() - size / 2), "width", num(width),
                "height", num(size));
        xml.empty("y:Fill", "color", n.kind().colour(), "transparent", "false");
        xml.empty("y:BorderStyle", "color", "#333333", "type", "line", "width", "1.0");
        xml.leaf("y:NodeLabel", shorten(n.label()), "alignment", "center", "autoSizePolicy", "content", "fontSize", "11",
                "modelName", "sides", "modelPosition", "s", "textColor", "#000000", "visible", "true");
        xml.empty("y:Shape", "type", n.kind().yedShape());
        xml.close().close();
    }

    private static void polyLineEdge(XmlOut xml, GraphEdge e) {
        List<String> line = new ArrayList<>(List.of("color", Palette.edgeColour(e.stance()), "type", "line", "width",
                e.stance().isPresent() ? "2.0" : "1.0"));
        xml.open("data", "key", EDGE_GRAPHICS).open("y:PolyLineEdge");
        xml.empty("y:LineStyle", line.toArray(String[]::new));
        xml.empty("y:Arrows", "source", "none", "target", "standard");
        xml.leaf("y:EdgeLabel", e.label(), "fontSize", "9", "textColor", "#555555", "visible", "true");
        xml.close().close();
    }

    static String shorten(String label) {
        return label.length() <= 48 ? label : label.substring(0, 47) + "…";
    }

    private static String num(double d) {
        return Double.toString(Math.round(d * 10) / 10.0);
    }
}
