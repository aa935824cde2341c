package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleReader;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.store.NamedGraph;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.StoreContent;
import org.w3id.e2eekg.support.TestArticles;
import org.w3id.e2eekg.vocab.E2K;

/** Two files never silently become one graph, and a load replaces only the articles of its own files. */
class ArticleIdCollisionTest {
    private static final Iris IRIS = Iris.standard();

    @TempDir
    Path tmp;

    private Path copy(String article, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        return Files.copy(TestArticles.file(article), folder.resolve(name));
    }

    private static List<String> sources(Path store) {
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            return s.articleGraphNames().stream()
                    .map(g -> s.graph(g).listObjectsOfProperty(E2K.sourceFile).next().asLiteral().getString())
                    .sorted().toList();
        }
    }

    @Test
    void namesThatDifferOnlyInSpacesAndCaseOrInNonLatinLettersAreTwoArticles() throws IOException {
        Path folder = tmp.resolve("articles");
        copy(TestArticles.DEV_01, folder, "Dev One.txt");
        copy(TestArticles.DEV_02, folder, "dev_one.txt");
        copy(TestArticles.DEV_01, folder, "日本.txt");
        copy(TestArticles.DEV_02, folder, "中国.txt");
        Path store = tmp.resolve("store");
        Cli.Result r = Cli.run("load", "--store", store.toString(), folder.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(4, r.outLines().size(), r.toString());
        assertEquals(List.of("Dev One.txt", "dev_one.txt", "中国.txt", "日本.txt"), sources(store));
    }

    @Test
    void aPageAndATextOfTheSameNameInOneLoadAreRefusedNamingBoth() throws IOException {
        Path folder = tmp.resolve("mixed");
        Path text = copy(TestArticles.DEV_02, folder, "story.txt");
        Path page = Files.copy(TestArticles.page(TestArticles.DEV_01_PAGE), folder.resolve("story.html"));
        Path store = tmp.resolve("store");
        Cli.Result r = Cli.run("load", "--store", store.toString(), page.toString(), text.toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(List.of("e2ee-kg: " + text + ": article id 'story' is also that of " + page
                + " in this load; rename one of the two files"), r.errLines());
        assertEquals(List.of("story.html"), sources(store), "the first is loaded, the second is not");
    }

    @Test
    void aLoadNeverReplacesTheArticleOfAnotherFile() throws IOException {
        Path store = tmp.resolve("store");
        Path first = copy(TestArticles.DEV_01, tmp.resolve("a"), "dev_one.txt");
        assertEquals(0, Cli.run("load", "--store", store.toString(), first.toString()).exit());
        String before = StoreContent.nquads(store);

        Path second = copy(TestArticles.DEV_02, tmp.resolve("b"), "dev-one.txt");
        Cli.Result r = Cli.run("load", "--store", store.toString(), second.toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.errLines().get(0).startsWith("e2ee-kg: " + second + ": article id 'dev-one' belongs to dev_one.txt"
                + " in the store; not replaced"), r.toString());
        assertEquals("", r.out(), r.toString());
        assertEquals(before, StoreContent.nquads(store), "the store is unchanged");
    }

    @Test
    void reloadingTheSameFileNameFromAnotherFolderReplacesItsArticle() throws Exception {
        Path store = tmp.resolve("store");
        Path first = copy(TestArticles.DEV_01, tmp.resolve("a"), "Story One.txt");
        assertEquals(0, Cli.run("load", "--store", store.toString(), first.toString()).exit());
        Path changed = copy(TestArticles.DEV_02, tmp.resolve("b"), "Story One.txt");
        Cli.Result r = Cli.run("load", "--store", store.toString(), changed.toString());
        assertEquals(0, r.exit(), r.toString());
        String graph = IRIS.articleGraph(ArticleReader.idOf("Story One.txt"));
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            assertEquals(List.of(graph), s.articleGraphNames());
            Model g = s.graph(graph);
            assertTrue(g.contains(null, E2K.sha256, new ArticleReader().read(changed).sha256()), "the graph is the new file's");
        }
    }

    @Test
    void aGraphOfTheSameFileUnderAnOlderIdIsReplacedNotKeptBeside() throws IOException {
        Path store = tmp.resolve("store");
        Path file = copy(TestArticles.DEV_01, tmp.resolve("a"), "Story One.txt");
        assertEquals(0, Cli.run("load", "--store", store.toString(), file.toString()).exit());
        // what an earlier version of the loader named this file's graph
        String oldGraph = IRIS.articleGraph("story-one");
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            String current = s.articleGraphNames().get(0);
            Model g = s.graph(current);
            s.replaceArticles(List.of(new NamedGraph(oldGraph, g)));
            assertEquals(List.of(oldGraph), s.articleGraphNames(), "same file, so the newer write supersedes");
        }
        assertEquals(0, Cli.run("load", "--store", store.toString(), file.toString()).exit());
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            assertEquals(List.of(IRIS.articleGraph(ArticleReader.idOf("Story One.txt"))), s.articleGraphNames());
        }
        assertFalse(ArticleReader.idOf("Story One.txt").equals("story-one"));
    }

}
