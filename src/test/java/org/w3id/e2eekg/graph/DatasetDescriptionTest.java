package org.w3id.e2eekg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.vocab.E2K;

/** The VoID and DCAT description: counts from the data, no blank nodes, and the same for the same data. */
class DatasetDescriptionTest {
    private static final Iris IRIS = Iris.standard();

    private static DatasetGraph sample() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Node a = NodeFactory.createURI(IRIS.articleGraph("a"));
        Node b = NodeFactory.createURI(IRIS.articleGraph("b"));
        Node nspcc = NodeFactory.createURI(IRIS.id("org/nspcc"));
        Node meta = NodeFactory.createURI(IRIS.id("org/meta"));
        dsg.add(a, nspcc, RDF.type.asNode(), E2K.NonProfit.asNode());
        dsg.add(a, nspcc, E2K.opposes.asNode(), E2K.EndToEndEncryption.asNode());
        dsg.add(a, nspcc, E2K.mentionCount.asNode(), NodeFactory.createLiteralByValue(3));
        dsg.add(b, nspcc, RDF.type.asNode(), E2K.NonProfit.asNode()); // the same triple in two graphs
        dsg.add(b, meta, RDF.type.asNode(), E2K.Company.asNode());
        dsg.add(b, meta, RDFS.label.asNode(), NodeFactory.createLiteralString("Meta"));
        return dsg;
    }

    @Test
    void countsComeFromTheData() {
        Model m = new DatasetDescription(IRIS).describe(sample());
        Resource ds = m.createResource(IRIS.dataset());
        assertTrue(m.contains(ds, RDF.type, VOID.Dataset) && m.contains(ds, RDF.type, DCAT.Dataset));
        assertEquals(5, m.getProperty(ds, VOID.triples).getLong(), "distinct triples over all graphs");
        assertEquals(2, m.getProperty(ds, VOID.entities).getLong());
        assertEquals(2, m.getProperty(ds, VOID.classes).getLong());
        Resource graphA = m.createResource(IRIS.articleGraph("a"));
        assertTrue(m.contains(ds, VOID.subset, graphA));
        assertEquals(3, m.getProperty(graphA, VOID.triples).getLong());
        assertTrue(m.contains(ds, VOID.exampleResource, m.createResource(IRIS.id("org/nspcc"))), "the most mentioned actor");
        assertTrue(m.contains(ds, VOID.vocabulary, m.createResource(E2K.ONTOLOGY_IRI)));
        assertTrue(m.contains(ds, DCTerms.license, m.createResource(DatasetDescription.LICENSE)));
        assertTrue(m.contains(ds, VOID.sparqlEndpoint, m.createResource(IRIS.root() + "kg/sparql")));
        assertFalse(m.getGraph().find().toList().stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()),
                "no blank nodes, so exports stay reproducible");
    }

    @Test
    void theDescriptionIgnoresItselfAndIsReproducible() {
        DatasetGraph dsg = sample();
        Model first = new DatasetDescription(IRIS).describe(dsg);
        Node name = NodeFactory.createURI(IRIS.voidGraph());
        first.getGraph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        Model second = new DatasetDescription(IRIS).describe(dsg);
        assertTrue(first.isIsomorphicWith(second));
    }
}
