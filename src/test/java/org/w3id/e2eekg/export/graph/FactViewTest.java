package org.w3id.e2eekg.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.export.StoreExport;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.KnowledgeGraphs;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.vocab.E2K;

/**
 * The fact view of the main article, loaded by the loader into a real TDB2 store: its edges
 * are exactly the store's fact triples (less those a narrower fact property repeats), its
 * nodes their ends, with no statement, evidence or article among them; each edge carries
 * its statements' sentences, article and date. And the view follows the ontology, not the
 * data it was written against: a newly declared fact property or document class joins it.
 */
class FactViewTest {
    private static final Iris IRIS = Iris.standard();
    private static final String ARTICLE = "000-4633c21910299fa8";

    @TempDir
    static Path dir;

    private static DatasetGraph store;
    private static PropertyGraph view;

    @BeforeAll
    static void load() {
        Path path = dir.resolve("store");
        assertEquals(0, Cli.run("load", "--store", path.toString()).exit());
        try (KnowledgeStore s = KnowledgeStore.openExisting(path, IRIS)) {
            store = s.copy();
        }
        view = factView(store, Optional.of(IRIS.articleGraph(ARTICLE)));
    }

    static PropertyGraph factView(DatasetGraph data, Optional<String> graph) {
        return new StoreExport(IRIS).select(data, new StoreExport.Request(ExportFormat.GRAPHML, Optional.of(View.FACT),
                graph, Optional.empty())).graph().orElseThrow();
    }

    /** The article graph's triples whose predicate the ontology types e2k:FactProperty and whose ends are IRIs. */
    private static Set<Triple> factTriples() {
        Model ontology = KnowledgeGraphs.ontology(IRIS);
        Set<Triple> out = new HashSet<>();
        store.getGraph(NodeFactory.createURI(IRIS.articleGraph(ARTICLE))).find().forEachRemaining(t -> {
            boolean fact = ontology.contains(ontology.asRDFNode(t.getPredicate()).asResource(), RDF.type, E2K.FactProperty);
            if (fact && t.getSubject().isURI() && t.getObject().isURI()) {
                out.add(t);
            }
        });
        return out;
    }

    private static Set<Triple> edges(PropertyGraph g) {
        return g.edges().stream().map(e -> Triple.create(NodeFactory.createURI(e.source()),
                NodeFactory.createURI(e.predicate()), NodeFactory.createURI(e.target()))).collect(Collectors.toSet());
    }

    @Test
    void edgesAreTheFactTriplesLessThoseANarrowerPropertyRepeats() {
        Model ontology = KnowledgeGraphs.ontology(IRIS);
        Set<Triple> facts = factTriples();
        Set<Triple> edges = edges(view);
        assertTrue(facts.containsAll(edges), "every edge is a fact of the article");
        for (Triple t : facts) {
            if (!edges.contains(t)) {
                boolean narrower = facts.stream().anyMatch(n -> n.sameAs(t.getSubject(), n.getPredicate(), t.getObject())
                        && !n.getPredicate().equals(t.getPredicate())
                        && ontology.contains(ontology.asRDFNode(n.getPredicate()).asResource(), RDFS.subPropertyOf,
                                ontology.asRDFNode(t.getPredicate()).asResource()));
                assertTrue(narrower, t + " is left out without a narrower fact");
            }
        }
        assertNotEquals(facts.size(), edges.size(), "ledBy and firstReportedBy hide signatory and reportedBy");
        Set<String> ends = new HashSet<>();
        view.edges().forEach(e -> {
            ends.add(e.source());
            ends.add(e.target());
        });
        assertEquals(ends, view.nodes().stream().map(GraphNode::id).collect(Collectors.toSet()), "nodes are the ends of the edges");
    }

    @Test
    void nodesAreWhatTheFactsLinkNotTheirProvenance() {
        for (GraphNode n : view.nodes()) {
            assertNotEquals(NodeKind.OTHER, n.kind(), n.id());
            for (String part : List.of("id/statement/", "id/evidence/", "id/article/", "id/extraction/")) {
                assertFalse(n.id().startsWith(IRIS.root() + part), n.id());
            }
        }
        Map<String, NodeKind> kinds = view.nodes().stream().collect(Collectors.toMap(GraphNode::id, GraphNode::kind));
        assertEquals(NodeKind.ORGANISATION, kinds.get(IRIS.id("org/nspcc")));
        assertEquals(NodeKind.PERSON, kinds.get(IRIS.id("person/mark-zuckerberg")));
        assertEquals(NodeKind.PLACE, kinds.get(IRIS.id("place/united-kingdom")));
        assertEquals(NodeKind.TOPIC, kinds.get(E2K.EndToEndEncryption.getURI()));
        assertTrue(kinds.containsValue(NodeKind.DOCUMENT) && kinds.containsValue(NodeKind.STATISTIC)
                && kinds.containsValue(NodeKind.ROLE), kinds.toString());
        GraphNode topic = view.nodes().stream().filter(n -> n.kind() == NodeKind.TOPIC).findFirst().orElseThrow();
        assertEquals("end-to-end encryption", topic.label());
        assertEquals(List.of("http://www.wikidata.org/entity/Q1141916"),
                topic.attributes().get("schema_sameAs").stream().map(Value::text).toList(), "Wikidata id as an attribute");
    }

    @Test
    void everyEdgeCarriesItsEvidenceAndStancesTheirDates() {
        for (GraphEdge e : view.edges()) {
            assertFalse(e.values(AttributeNames.SENTENCES).isEmpty(), "no sentence on " + e.id());
            assertEquals(List.of(IRIS.article(ARTICLE)), e.values(AttributeNames.ARTICLES).stream().map(Value::text).toList());
            if (e.stance().isPresent()) {
                assertTrue(e.start().isPresent(), "a stance without a date: " + e.id());
                assertTrue(e.start().get().matches("\\d{4}-\\d{2}-\\d{2}"), e.start().get());
            }
        }
        GraphEdge nspcc = view.edges().stream().filter(e -> e.source().equals(IRIS.id("org/nspcc"))
                && e.predicate().equals(E2K.opposes.getURI())).findFirst().orElseThrow();
        assertEquals(Optional.of("opposes"), nspcc.stance());
        assertEquals(Optional.of("2020-02-06"), nspcc.start());
        assertTrue(view.edges().stream().anyMatch(e -> e.start().equals(Optional.of("2019-10-01"))),
                "a month (2019-10) starts on its first day");
        assertTrue(view.edges().stream().anyMatch(e -> e.stance().equals(Optional.of("supports"))));
    }

    @Test
    void aNewlyDeclaredFactPropertyAndDocumentClassJoinTheView() {
        String extra = """
                @prefix e2k: <https://w3id.org/e2ee-kg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @base <https://w3id.org/e2ee-kg/id/> .
                e2k:Bill rdfs:subClassOf e2k:Proposal .
                e2k:sponsor a e2k:FactProperty ; rdfs:label "sponsor" .
                <bill/earn-it> a e2k:Bill ; rdfs:label "EARN IT Act" ; e2k:sponsor <org/nspcc> .
                """;
        DatasetGraph data = DatasetGraphFactory.create();
        store.find().forEachRemaining(data::add);
        Graph added = GraphFactory.createDefaultGraph();
        RDFParser.fromString(extra).lang(Lang.TURTLE).parse(added);
        Node name = NodeFactory.createURI(IRIS.articleGraph("extra"));
        added.find().forEachRemaining(t -> data.add(name, t.getSubject(), t.getPredicate(), t.getObject()));

        PropertyGraph all = factView(data, Optional.empty());
        GraphEdge sponsor = all.edges().stream().filter(e -> e.predicate().endsWith("#sponsor")).findFirst().orElseThrow();
        assertEquals(IRIS.id("org/nspcc"), sponsor.target());
        GraphNode bill = all.nodes().stream().filter(n -> n.id().equals(IRIS.id("bill/earn-it"))).findFirst().orElseThrow();
        assertEquals("EARN IT Act", bill.label());
        assertEquals(NodeKind.OTHER, bill.kind(), "the bundled ontology does not know e2k:Bill");
        assertTrue(all.edges().size() > view.edges().size());
    }

    @Test
    void theFullViewHasEveryTripleStatementsAndEvidenceIncluded() {
        PropertyGraph full = new StoreExport(IRIS).select(store, new StoreExport.Request(ExportFormat.GRAPHML,
                Optional.of(View.FULL), Optional.of(IRIS.articleGraph(ARTICLE)), Optional.empty())).graph().orElseThrow();
        Graph article = store.getGraph(NodeFactory.createURI(IRIS.articleGraph(ARTICLE)));
        long resourceTriples = article.find().toList().stream()
                .filter(t -> !t.getObject().isLiteral() && !t.getPredicate().equals(RDF.type.asNode())).count();
        assertEquals(resourceTriples, full.edges().size());
        assertTrue(full.nodes().stream().anyMatch(n -> n.id().startsWith(IRIS.root() + "id/statement/")));
        assertTrue(full.nodes().size() > 4 * view.nodes().size(), full.nodes().size() + " nodes in the full view");
    }
}
