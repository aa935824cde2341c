package org.w3id.e2eekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.support.StoreContent;
import org.w3id.e2eekg.vocab.E2K;

/** The store's layout and write rules, over real TDB2 directories. */
class KnowledgeStoreTest {
    private static final Iris IRIS = Iris.standard();
    private static final Resource SHACL_NODE_SHAPE = org.apache.jena.rdf.model.ResourceFactory.createResource(SHACL.NodeShape.getURI());

    @TempDir
    Path tmp;

    private static Model article(String id, String label) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(IRIS.article(id));
        a.addProperty(RDF.type, E2K.Article);
        a.addProperty(RDFS.label, label);
        return m;
    }

    @Test
    void openExistingRefusesAMissingDirectoryAndCreatesNothing() {
        Path dir = tmp.resolve("missing");
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.openExisting(dir, IRIS));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no such store"), e.getMessage());
        assertFalse(Files.exists(dir));
    }

    @Test
    void openExistingRefusesAFolderThatIsNotATdb2StoreAndLeavesItAlone() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(dir.resolve("notes.txt"), "not a store");
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.openExisting(dir, IRIS));
        assertTrue(e.getMessage().contains("not a TDB2 store"), e.getMessage());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("notes.txt")), s.toList());
        }
    }

    @Test
    void openExistingRefusesAnEmptyDirectoryAndAFile() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThrows(StoreException.class, () -> KnowledgeStore.openExisting(empty, IRIS));
        try (Stream<Path> s = Files.list(empty)) {
            assertEquals(0, s.count());
        }
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThrows(StoreException.class, () -> KnowledgeStore.openExisting(file, IRIS));
    }

    @Test
    void openForLoadingCreatesTheDirectoryButRefusesAForeignFolder() throws IOException {
        Path fresh = tmp.resolve("a/b/store");
        try (KnowledgeStore s = KnowledgeStore.openForLoading(fresh, IRIS)) {
            assertEquals(0, s.quadCount());
        }
        assertTrue(Files.isDirectory(fresh));
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("thesis.tex"), "\\documentclass{article}");
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.openForLoading(foreign, IRIS));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        try (Stream<Path> s = Files.list(foreign)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void everythingLivesInNamedGraphsAndQueriesSeeTheirUnion() {
        Path dir = tmp.resolve("store");
        try (KnowledgeStore s = KnowledgeStore.openForLoading(dir, IRIS)) {
            s.replaceArticle(IRIS.articleGraph("a"), article("a", "Article A"));
            assertEquals(List.of(IRIS.articleGraph("a"), IRIS.ontologyGraph(), IRIS.referenceGraph(), IRIS.voidGraph()),
                    s.graphNames(), "articles, ontology, reference data and the description of them all");
            assertEquals(List.of(IRIS.articleGraph("a")), s.articleGraphNames());
            long inDefaultGraph = s.read(dsg -> dsg.getDefaultGraph().size());
            assertEquals(0, inDefaultGraph, "nothing is written to the real default graph");

            ParameterizedSparqlString pss = new ParameterizedSparqlString("ASK { ?a a ?type ; rdfs:label ?label . ?type rdfs:label ?typeLabel }");
            pss.setNsPrefix("rdfs", RDFS.getURI());
            pss.setIri("a", IRIS.article("a"));
            Query ask = pss.asQuery();
            // the article's type is in its graph, the type's label in the ontology graph: only the union joins them
            assertEquals(new QueryResult.Answer(true), s.query(ask));
        }
    }

    @Test
    void replacingAnArticleIsIdempotentAndLeavesOtherArticlesAlone() {
        Path once = tmp.resolve("once");
        Path twice = tmp.resolve("twice");
        try (KnowledgeStore s = KnowledgeStore.openForLoading(once, IRIS)) {
            s.replaceArticle(IRIS.articleGraph("a"), article("a", "Article A"));
            s.replaceArticle(IRIS.articleGraph("b"), article("b", "Article B"));
        }
        try (KnowledgeStore s = KnowledgeStore.openForLoading(twice, IRIS)) {
            s.replaceArticle(IRIS.articleGraph("a"), article("a", "Old version of A"));
            s.replaceArticle(IRIS.articleGraph("b"), article("b", "Article B"));
            s.replaceArticle(IRIS.articleGraph("a"), article("a", "Article A"));
        }
        assertEquals(StoreContent.nquads(once), StoreContent.nquads(twice));
        assertFalse(StoreContent.nquads(twice).contains("Old version of A"));
    }

    @Test
    void theStandardGraphsAreRewrittenNotDuplicated() {
        Path dir = tmp.resolve("store");
        long afterOne;
        try (KnowledgeStore s = KnowledgeStore.openForLoading(dir, IRIS)) {
            s.refreshStandardGraphs();
            afterOne = s.quadCount();
            s.refreshStandardGraphs();
            assertEquals(afterOne, s.quadCount());
            assertTrue(s.graph(IRIS.ontologyGraph()).contains(E2K.Actor, RDF.type));
            assertTrue(s.graph(IRIS.ontologyGraph()).contains(null, RDF.type, SHACL_NODE_SHAPE), "shapes are in the ontology graph");
            assertTrue(s.graph(IRIS.referenceGraph()).size() > 0);
            assertEquals(0, s.graph(IRIS.articleGraph("none")).size());
        }
        try (KnowledgeStore s = KnowledgeStore.openExisting(dir, IRIS)) {
            assertEquals(afterOne, s.quadCount(), "the content survives closing and reopening");
        }
    }
}
