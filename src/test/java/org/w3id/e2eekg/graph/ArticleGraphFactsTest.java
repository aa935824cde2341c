package org.w3id.e2eekg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.load.ArticleLoader;
import org.w3id.e2eekg.load.LoadListener;
import org.w3id.e2eekg.load.LoadResult;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.store.QueryResult;
import org.w3id.e2eekg.support.TestArticles;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Properties of article graphs that must hold whatever facts extraction produces, checked
 * generically over a store holding every test article: every fact triple has a statement
 * with evidence, and every e2k: term the graphs use is declared in the ontology.
 */
class ArticleGraphFactsTest {
    private static final Iris IRIS = Iris.standard();

    @TempDir
    static Path tmp;

    private static Path store;

    @BeforeAll
    static void load() throws Exception {
        store = tmp.resolve("store");
        List<ArticleSource.Entry> entries = ArticleSource.expand(List.of(TestArticles.folder()));
        LoadResult r = ArticleLoader.standard(IRIS).load(store, entries, LoadListener.NONE);
        assertTrue(r.allLoaded(), () -> r.failures().toString());
        assertEquals(TestArticles.all().size(), r.loaded());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ArticleGraphFactsTest.class.getResourceAsStream("/queries/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> rows(KnowledgeStore s, String queryFile, String... extra) throws IOException {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(resource(queryFile));
        pss.setLiteral("articleGraphPrefix", IRIS.articleGraphPrefix());
        pss.setIri("ontologyGraph", IRIS.ontologyGraph());
        if (extra.length > 0) {
            pss.setLiteral("ns", extra[0]);
        }
        QueryResult.Rows rows = (QueryResult.Rows) s.query(pss.asQuery());
        List<String> out = new ArrayList<>();
        while (rows.rows().hasNext()) {
            QuerySolution q = rows.rows().next();
            out.add(q.toString());
        }
        return out;
    }

    @Test
    void everyFactTripleHasAStatementWithEvidence() throws IOException {
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            assertEquals(List.of(), rows(s, "facts-without-statement.rq"));
        }
    }

    @Test
    void theFactCheckFindsABareFact() throws IOException {
        Path other = tmp.resolve("bare-fact");
        try (KnowledgeStore s = KnowledgeStore.openForLoading(other, IRIS)) {
            Model bare = ModelFactory.createDefaultModel();
            bare.createResource(IRIS.id("org/nspcc")).addProperty(E2K.opposes, E2K.EndToEndEncryption);
            s.replaceArticle(IRIS.articleGraph("bare"), bare);
            List<String> found = rows(s, "facts-without-statement.rq");
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).contains("org/nspcc"), found.toString());
        }
    }

    @Test
    void everyEvidenceSelectsItsQuoteInTheArticleText() throws IOException {
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            assertTrue(checkSelectors(s) > 100, "the test articles give evidence");
        }
    }

    @Test
    void selectorsCountCodePointsNotUtf16Units() throws Exception {
        Path file = Files.writeString(tmp.resolve("astral.txt"), "date 2021-03-01\n\uD83D\uDD12 Privacy first. "
                + "Signal \uD83D\uDE00 said it supports end-to-end encryption. WhatsApp also backs end-to-end encryption.\n",
                StandardCharsets.UTF_8);
        Path other = tmp.resolve("astral-store");
        LoadResult r = ArticleLoader.standard(IRIS).load(other, ArticleSource.expand(List.of(file)), LoadListener.NONE);
        assertTrue(r.allLoaded(), () -> r.failures().toString());
        try (KnowledgeStore s = KnowledgeStore.openExisting(other, IRIS)) {
            assertTrue(checkSelectors(s) > 0, "the article gives evidence");
        }
    }

    @Test
    void selectorsOfASavedPageAndOfNormalisedTextSelectTheirQuotes() throws Exception {
        Path messy = Files.writeString(tmp.resolve("messy.txt"), "date 2021-03-01\r\rUK Home Secretary Pri\u200Bti\u00A0Patel "
                + "said she opposes end-to-end encryption.\rThe NSPCC\u200F also opposes end-to-end encryption.\r",
                StandardCharsets.UTF_8);
        for (Path article : List.of(messy, TestArticles.page(TestArticles.DEV_01_PAGE))) {
            Path other = tmp.resolve("store-of-" + article.getFileName());
            LoadResult r = ArticleLoader.standard(IRIS).load(other, ArticleSource.expand(List.of(article)), LoadListener.NONE);
            assertTrue(r.allLoaded(), () -> r.failures().toString());
            try (KnowledgeStore s = KnowledgeStore.openExisting(other, IRIS)) {
                assertTrue(checkSelectors(s) > 0, article + " gives evidence");
            }
        }
    }

    /** Asserts that every position selector picks out its quote, prefix and suffix; returns how many. */
    private static int checkSelectors(KnowledgeStore s) throws IOException {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(resource("evidence-selectors.rq"));
        pss.setLiteral("articleGraphPrefix", IRIS.articleGraphPrefix());
        QueryResult.Rows rows = (QueryResult.Rows) s.query(pss.asQuery());
        int n = 0;
        while (rows.rows().hasNext()) {
            QuerySolution q = rows.rows().next();
            String text = q.getLiteral("text").getString();
            int start = text.offsetByCodePoints(0, q.getLiteral("start").getInt());
            int end = text.offsetByCodePoints(0, q.getLiteral("end").getInt());
            String where = q.getResource("evidence").getURI();
            assertEquals(q.getLiteral("exact").getString(), text.substring(start, end), where);
            assertTrue(text.substring(0, start).endsWith(q.getLiteral("prefix").getString()), where);
            assertTrue(text.substring(end).startsWith(q.getLiteral("suffix").getString()), where);
            n++;
        }
        return n;
    }

    @Test
    void everyOntologyTermTheGraphsUseIsDeclared() throws IOException {
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            assertEquals(List.of(), rows(s, "undeclared-terms.rq", E2K.NS));
        }
    }

    @Test
    void theTermCheckFindsAnUndeclaredTerm() throws IOException {
        Path other = tmp.resolve("undeclared");
        try (KnowledgeStore s = KnowledgeStore.openForLoading(other, IRIS)) {
            Model m = ModelFactory.createDefaultModel();
            m.createResource(IRIS.id("org/nspcc")).addProperty(m.createProperty(E2K.NS, "dislikes"), "x");
            s.replaceArticle(IRIS.articleGraph("undeclared"), m);
            List<String> found = rows(s, "undeclared-terms.rq", E2K.NS);
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).contains("dislikes"), found.toString());
        }
    }
}
