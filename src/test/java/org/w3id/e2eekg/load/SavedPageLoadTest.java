package org.w3id.e2eekg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.extract.Extractor;
import org.w3id.e2eekg.extract.ExtractorFactory;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleReader;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.support.QuotedFacts;
import org.w3id.e2eekg.support.LoadRecorder;
import org.w3id.e2eekg.support.TestArticles;

/** A saved news page loads to the facts of its text, with its metadata in the graph. */
class SavedPageLoadTest {
    private static final Iris IRIS = Iris.standard();

    @TempDir
    Path tmp;

    @Test
    void aSavedPageGivesTheSameFactsFromTheSameSentencesAsItsText() throws Exception {
        Extractor extractor = ExtractorFactory.standard();
        ArticleReader reader = new ArticleReader();
        List<String> fromText = QuotedFacts.of(extractor.extract(reader.read(TestArticles.file(TestArticles.DEV_01))));
        List<String> fromPage = QuotedFacts.of(extractor.extract(reader.read(TestArticles.page(TestArticles.DEV_01_PAGE))));
        assertTrue(fromText.size() > 50, fromText.toString());
        assertEquals(fromText, fromPage);
    }

    @Test
    void theGraphHoldsThePagesHeadlineDateAuthorsAndAddress() throws Exception {
        Path store = tmp.resolve("store");
        LoadRecorder heard = new LoadRecorder();
        LoadResult r = ArticleLoader.standard(IRIS).load(store,
                ArticleSource.expand(List.of(TestArticles.page(TestArticles.DEV_01_PAGE))), heard);
        assertTrue(r.allLoaded(), () -> r.failures().toString());
        String id = heard.loaded().get(0).id();
        assertEquals("dev-01-facebook-backdoor-refusal", id);
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            Model g = s.graph(IRIS.articleGraph(id));
            Resource article = g.createResource(IRIS.article(id));
            String headline = "Facebook refuses three governments' call for an encryption backdoor as senators threaten to legislate";
            assertEquals(headline, article.getProperty(SchemaDO.headline).getString());
            assertEquals(headline, article.getProperty(RDFS.label).getString());
            assertTrue(article.hasProperty(SchemaDO.datePublished, g.createTypedLiteral("2019-12-12", XSDDatatype.XSDdate)));
            assertTrue(article.hasProperty(SchemaDO.url,
                    g.createResource("https://news.example.org/technology/2019/12/facebook-backdoor-refusal")));
            assertEquals(List.of("Jane Example", "Sam Sample"),
                    g.listObjectsOfProperty(article, SchemaDO.author).mapWith(n -> n.asLiteral().getString()).toList()
                            .stream().sorted().toList());
        }
    }

    @Test
    void aFolderOfTextAndPagesLoadsBoth() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(TestArticles.file(TestArticles.DEV_02), folder.resolve(TestArticles.DEV_02));
        Files.copy(TestArticles.page(TestArticles.DEV_01_PAGE), folder.resolve("saved-story.HTM"));
        Files.writeString(folder.resolve("notes.md"), "not an article");
        LoadRecorder heard = new LoadRecorder();
        LoadResult r = ArticleLoader.standard(IRIS).load(tmp.resolve("store"), ArticleSource.expand(List.of(folder)),
                heard);
        assertTrue(r.allLoaded(), () -> r.failures().toString());
        assertEquals(List.of("dev-02-apple-icloud-scanning", "saved-story"),
                heard.loaded().stream().map(LoadedArticle::id).sorted().toList());
    }
}
