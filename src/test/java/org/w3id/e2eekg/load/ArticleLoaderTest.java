package org.w3id.e2eekg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.extract.ExtractorFactory;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.KnowledgeGraphs;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.store.QueryResult;
import org.w3id.e2eekg.support.LoadRecorder;
import org.w3id.e2eekg.support.TestArticles;
import org.w3id.e2eekg.validate.ShapeValidator;
import org.w3id.e2eekg.vocab.E2K;

/** The loader's order of work: validation before writing, and reports that match the store. */
class ArticleLoaderTest {
    private static final Iris IRIS = Iris.standard();
    /** Stricter than the project's shapes: no article may have a label. */
    private static final String NO_ARTICLE_LABELS = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix e2k: <https://w3id.org/e2ee-kg/ontology#> .
            <https://example.org/shapes#NoLabel> a sh:NodeShape ;
                sh:targetClass e2k:Article ;
                sh:property <https://example.org/shapes#NoLabelProperty> .
            <https://example.org/shapes#NoLabelProperty> sh:path rdfs:label ; sh:maxCount 0 ;
                sh:message "Articles may not have labels here." .
            """;

    @TempDir
    Path tmp;

    private static List<ArticleSource.Entry> entries(String... names) {
        List<ArticleSource.Entry> out = new ArrayList<>();
        for (String n : names) {
            out.add(new ArticleSource.Entry(TestArticles.file(n), null));
        }
        return out;
    }

    @Test
    void anArticleWhoseGraphDoesNotConformIsRefusedBeforeAnythingIsWritten() {
        Model shapes = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(NO_ARTICLE_LABELS).lang(Lang.TURTLE).parse(shapes);
        ArticleLoader strict = new ArticleLoader(IRIS, ExtractorFactory.standard(),
                new ShapeValidator(shapes, KnowledgeGraphs.ontology(IRIS), IRIS));
        Path store = tmp.resolve("store");
        List<LoadFailure> heard = new ArrayList<>();
        LoadResult r = strict.load(store, entries(TestArticles.DEV_01), new LoadListener() {
            @Override
            public void failed(LoadFailure failure) {
                heard.add(failure);
            }
        });
        assertEquals(0, r.loaded());
        assertEquals(1, r.failures().size());
        assertEquals(r.failures(), heard, "the listener hears each failure");
        String message = r.failures().get(0).message();
        assertTrue(message.startsWith(TestArticles.file(TestArticles.DEV_01) + ": graph does not conform to the shapes (1 violation); first: "), message);
        assertTrue(message.endsWith("rdfs:label: Articles may not have labels here."), message);
        assertFalse(message.contains("\n"));
        assertFalse(Files.exists(store), "nothing was written, so no store was created");
    }

    @Test
    void theSummaryCountsWhatTheStoreHolds() throws Exception {
        Path store = tmp.resolve("store");
        LoadRecorder heard = new LoadRecorder();
        LoadResult r = ArticleLoader.standard(IRIS).load(store, entries(TestArticles.MAIN), heard);
        assertTrue(r.allLoaded(), r.failures().toString());
        ArticleSummary summary = heard.loaded().get(0).summary();
        String graph = heard.loaded().get(0).graph();

        // counted again, independently, by SPARQL over the store
        ParameterizedSparqlString pss = new ParameterizedSparqlString("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX e2k: <https://w3id.org/e2ee-kg/ontology#>
                SELECT
                  (COUNT(DISTINCT ?actor) AS ?actors)
                  (COUNT(DISTINCT ?doc) AS ?documents)
                  (COUNT(DISTINCT ?stat) AS ?statistics)
                WHERE {
                  { GRAPH ?g { ?actor a ?t } ?t rdfs:subClassOf* e2k:Actor }
                  UNION { GRAPH ?g { ?doc a ?t } ?t rdfs:subClassOf* e2k:Document }
                  UNION { GRAPH ?g { ?stat a e2k:Statistic } }
                }
                """);
        pss.setIri("g", graph);
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            QuerySolution row = ((QueryResult.Rows) s.query(pss.asQuery())).rows().next();
            assertEquals(row.getLiteral("actors").getInt(), summary.actors());
            assertEquals(row.getLiteral("documents").getInt(), summary.documents());
            assertEquals(row.getLiteral("statistics").getInt(), summary.statistics());
            assertEquals(s.graph(graph).size(), summary.triples());
        }
        assertTrue(summary.actors() > 10, summary.describe());
        assertTrue(heard.loaded().get(0).reportLine().contains(summary.describe()));
    }

    @Test
    void twoFilesWithTheSameArticleIdInOneLoadAreNotBothWritten() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a")).resolve(TestArticles.DEV_01);
        Path b = Files.createDirectories(tmp.resolve("b")).resolve(TestArticles.DEV_01);
        Files.copy(TestArticles.file(TestArticles.DEV_01), a);
        Files.copy(TestArticles.file(TestArticles.DEV_02), b);
        Path store = tmp.resolve("store");
        LoadRecorder heard = new LoadRecorder();
        LoadResult r = ArticleLoader.standard(IRIS).load(store,
                List.of(new ArticleSource.Entry(a, null), new ArticleSource.Entry(b, null)), heard);
        assertEquals(1, r.loaded());
        assertEquals(List.of(b + ": article id 'dev-01-facebook-backdoor-refusal' is also that of " + a
                + " in this load; rename one of the two files"), r.failures().stream().map(LoadFailure::message).toList());
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            assertEquals(1, s.articleGraphNames().size());
            // compared by digest: TDB2 returns decimals in canonical form ("70.0" for "70"),
            // so the stored graph equals the built one by value, not term for term
            Model stored = s.graph(heard.loaded().get(0).graph());
            assertTrue(stored.contains(null, E2K.sha256, heard.loaded().get(0).sha256()), "the first file is written");
        }
    }
}
