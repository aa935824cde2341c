package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.TestArticles;
import org.w3id.e2eekg.vocab.E2K;

/** {@code e2ee-kg validate} over a store holding every test article. */
class ValidateCommandTest {
    private static final Iris IRIS = Iris.standard();

    @TempDir
    static Path shared;

    private static Path store;

    @BeforeAll
    static void load() {
        store = shared.resolve("store");
        Cli.Result r = Cli.run("load", "--store", store.toString(), TestArticles.folder().toString());
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void everyLoadedGraphConforms() {
        int n = TestArticles.all().size();
        Cli.Result r = Cli.run("validate", "--store", store.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(n + 1, r.outLines().size(), r.toString());
        assertTrue(r.out().contains("validated " + n + " article graphs in " + store + ": " + n + " conform, 0 do not"), r.out());
    }

    @Test
    void aGraphWrittenPastTheLoaderIsReported() {
        Path broken = shared.resolve("broken");
        assertEquals(0, Cli.run("load", "--store", broken.toString(), TestArticles.file(TestArticles.DEV_01).toString()).exit());
        String graph = IRIS.articleGraph("dev-01-facebook-backdoor-refusal");
        try (KnowledgeStore s = KnowledgeStore.openExisting(broken, IRIS)) {
            Model m = s.graph(graph);
            m.removeAll(m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, E2K.Article).next(), RDFS.label, null);
            s.replaceArticle(graph, m);
        }
        Cli.Result r = Cli.run("validate", "--store", broken.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("<" + graph + ">: 1 violation"), r.out());
        assertTrue(r.out().contains("An article has exactly one rdfs:label"), r.out());
        assertTrue(r.out().contains("0 conform, 1 do not (1 violations)"), r.out());
    }

    @Test
    void aMissingStoreFails() {
        Cli.Result r = Cli.run("validate", "--store", shared.resolve("none").toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
    }
}
