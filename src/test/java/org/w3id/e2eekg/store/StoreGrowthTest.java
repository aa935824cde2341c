package org.w3id.e2eekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.StoreContent;
import org.w3id.e2eekg.support.TestArticles;
import org.w3id.e2eekg.vocab.E2K;

/** Writes that change nothing write nothing; writes that replace data are followed by a compaction. */
class StoreGrowthTest {
    private static final Iris IRIS = Iris.standard();

    @TempDir
    Path tmp;

    private static Model article(String file, String... organisations) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(IRIS.article("a")).addProperty(E2K.sourceFile, file)
                .addLiteral(E2K.value, m.createTypedLiteral("70", XSDDatatype.XSDdecimal));
        for (String o : organisations) {
            m.createResource(IRIS.id("org/" + o)).addProperty(RDFS.label, o);
        }
        return m;
    }

    @Test
    void aGraphTheStoreAlreadyHoldsIsNotWrittenAgain() {
        try (KnowledgeStore s = KnowledgeStore.openForLoading(tmp.resolve("s"), IRIS)) {
            WriteOutcome first = s.replaceArticle(IRIS.articleGraph("a"), article("a.txt", "nspcc"));
            assertEquals(List.of(IRIS.articleGraph("a")), first.written());
            assertFalse(first.replacedData(), "nothing was there to replace");

            // the same content, with the decimal TDB2 gives back as 70.0: unchanged
            WriteOutcome again = s.replaceArticle(IRIS.articleGraph("a"), article("a.txt", "nspcc"));
            assertEquals(List.of(IRIS.articleGraph("a")), again.unchanged());
            assertEquals(List.of(), again.written());
            assertFalse(again.replacedData());

            WriteOutcome changed = s.replaceArticle(IRIS.articleGraph("a"), article("a.txt", "nspcc", "barnardos"));
            assertEquals(List.of(IRIS.articleGraph("a")), changed.written());
            assertTrue(changed.replacedData());
        }
    }

    @Test
    void replacingAGraphRemovesItsNumbersToo() {
        try (KnowledgeStore s = KnowledgeStore.openForLoading(tmp.resolve("s"), IRIS)) {
            s.replaceArticle(IRIS.articleGraph("a"), article("a.txt", "nspcc"));
            Model without = ModelFactory.createDefaultModel();
            without.createResource(IRIS.article("a")).addProperty(E2K.sourceFile, "a.txt");
            s.replaceArticle(IRIS.articleGraph("a"), without);
            // TDB2 gives "70"^^xsd:decimal back as "70.0"; a delete by node would not find it and leave it
            assertEquals(1, s.graph(IRIS.articleGraph("a")).size(), s.graph(IRIS.articleGraph("a")).listStatements().toList().toString());
        }
    }

    @Test
    void aGraphOfAnotherFileIsRefusedInTheWriteItself() {
        try (KnowledgeStore s = KnowledgeStore.openForLoading(tmp.resolve("s"), IRIS)) {
            s.replaceArticle(IRIS.articleGraph("a"), article("a.txt", "nspcc"));
            long before = s.quadCount();
            WriteOutcome o = s.replaceArticle(IRIS.articleGraph("a"), article("A.txt", "barnardos"));
            assertEquals(List.of(new ArticleConflict(IRIS.articleGraph("a"), "a.txt", "A.txt")), o.refused());
            assertEquals(before, s.quadCount());
        }
    }

    @Test
    void loadCompactsAfterReplacingArticlesUnlessToldNot() throws IOException {
        Path store = tmp.resolve("store");
        Path article = Files.copy(TestArticles.file(TestArticles.DEV_01), tmp.resolve(TestArticles.DEV_01));
        assertEquals(0, Cli.run("load", "--store", store.toString(), article.toString()).exit());

        Cli.Result unchanged = Cli.run("load", "--store", store.toString(), article.toString());
        assertEquals(0, unchanged.exit(), unchanged.toString());
        assertEquals("", unchanged.err(), "nothing replaced, nothing to compact");
        assertTrue(Files.exists(store.resolve("Data-0001")));

        Files.writeString(article, "\nThe NSPCC said it would keep campaigning.\n", StandardOpenOption.APPEND);
        Cli.Result kept = Cli.run("load", "--no-compact", "--store", store.toString(), article.toString());
        assertEquals(0, kept.exit(), kept.toString());
        assertEquals("", kept.err());
        assertTrue(Files.exists(store.resolve("Data-0001")));

        Files.writeString(article, "\nBarnardo's agreed.\n", StandardOpenOption.APPEND);
        Cli.Result compacted = Cli.run("load", "--store", store.toString(), article.toString());
        assertEquals(0, compacted.exit(), compacted.toString());
        assertEquals(List.of("compacted " + store + ": Data-0001 -> Data-0002 (old generation deleted)"), compacted.errLines());
        assertFalse(Files.exists(store.resolve("Data-0001")));
        String expected = StoreContent.nquads(store);

        Cli.Result usage = Cli.run("load", "--no-compact", "--endpoint", "http://127.0.0.1:9/kg", article.toString());
        assertEquals(2, usage.exit(), "an endpoint compacts itself: " + usage);

        Path fresh = tmp.resolve("fresh");
        assertEquals(0, Cli.run("load", "--store", fresh.toString(), article.toString()).exit());
        assertEquals(StoreContent.nquads(fresh), expected, "a compacted store holds what a fresh load gives");
    }
}
