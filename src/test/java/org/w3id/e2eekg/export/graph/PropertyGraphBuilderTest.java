package org.w3id.e2eekg.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.KnowledgeGraphs;
import org.w3id.e2eekg.graph.Prefixes;

/**
 * RDF to property graph on a small graph with the cases that matter: a reified statement
 * folded into its edge (and left as a node when folding is off), literals as typed
 * attributes, types as kinds through the ontology's class hierarchy, a blank node, and the
 * label chosen among several.
 */
class PropertyGraphBuilderTest {
    private static final String DATA = """
            @prefix e2k: <https://w3id.org/e2ee-kg/ontology#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @base <https://w3id.org/e2ee-kg/id/> .
            <org/a> a e2k:NonProfit ; skos:prefLabel "A"@en ; rdfs:label "Alpha"@fr , "Alpha" ; e2k:mentionCount 3 ;
                e2k:opposes e2k:EndToEndEncryption .
            e2k:EndToEndEncryption a e2k:Topic .
            <doc/l> a e2k:OpenLetter ; e2k:signatory <org/a> ; e2k:note [ rdfs:label "a blank" ] .
            <st> a rdf:Statement ; rdf:subject <org/a> ; rdf:predicate e2k:opposes ; rdf:object e2k:EndToEndEncryption ;
                dcterms:date "2019-10"^^xsd:gYearMonth ; rdfs:comment "A said no." .
            """;

    private static PropertyGraph build(boolean fold) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DATA).lang(Lang.TURTLE).parse(g);
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(Iris.standard()));
        return new PropertyGraphBuilder(new OntologyTerms(KnowledgeGraphs.ontology(Iris.standard())), prefixes).build(g, fold);
    }

    @Test
    void aReifiedStatementFoldsIntoItsEdge() {
        PropertyGraph g = build(true);
        assertEquals(List.of("_:", "https://w3id.org/e2ee-kg/id/doc/l", "https://w3id.org/e2ee-kg/id/org/a",
                "https://w3id.org/e2ee-kg/ontology#EndToEndEncryption"),
                g.nodes().stream().map(n -> n.id().startsWith("_:") ? "_:" : n.id()).toList());
        GraphEdge opposes = g.edges().stream().filter(e -> e.label().equals("opposes")).findFirst().orElseThrow();
        assertEquals(List.of("A said no."), opposes.values("rdfs_comment").stream().map(Value::text).toList());
        assertEquals(java.util.Optional.of("2019-10-01"), opposes.start());
        assertEquals(java.util.Optional.of("opposes"), opposes.stance());
        assertEquals(3, g.edges().size());
    }

    @Test
    void withoutFoldingTheStatementIsANode() {
        PropertyGraph g = build(false);
        assertTrue(g.nodes().stream().anyMatch(n -> n.id().endsWith("/id/st")));
        assertEquals(6, g.edges().size(), "3 facts, and the statement's subject, predicate and object");
    }

    @Test
    void kindsLabelsAndTypedAttributes() {
        PropertyGraph g = build(true);
        GraphNode a = g.nodes().stream().filter(n -> n.id().endsWith("org/a")).findFirst().orElseThrow();
        assertEquals(NodeKind.ORGANISATION, a.kind(), "NonProfit is an Organisation");
        assertEquals("Alpha", a.label(), "untagged or English rdfs:label first");
        assertEquals(Columns.Type.LONG, Columns.of(List.of("e2k_mentionCount"), List.of(a.attributes())).get(0).type());
        GraphNode letter = g.nodes().stream().filter(n -> n.id().endsWith("doc/l")).findFirst().orElseThrow();
        assertEquals(NodeKind.DOCUMENT, letter.kind(), "OpenLetter is a Letter is a Document");
    }
}
