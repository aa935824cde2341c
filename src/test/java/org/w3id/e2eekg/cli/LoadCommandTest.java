package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleReader;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.StoreContent;
import org.w3id.e2eekg.support.TestArticles;

/** {@code e2ee-kg load} over real TDB2 directories and real (good and bad) article files. */
class LoadCommandTest {
    private static final Iris IRIS = Iris.standard();

    /** Holds the main article, loaded once (the bundled one, by running load with no FILE). */
    @TempDir
    static Path shared;

    private static Path mainStore;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadBundledArticle() {
        mainStore = shared.resolve("main-store");
        Cli.Result r = Cli.run("load", "--store", mainStore.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(1, r.outLines().size(), r.toString());
        assertEquals("", r.err(), r.toString());
    }

    private static String graphOf(String fileName) {
        return IRIS.articleGraph(ArticleReader.idOf(fileName));
    }

    @Test
    void theReportLineCountsWhatWasStored() {
        Cli.Result r = Cli.run("load", "--store", tmp.resolve("s").toString(), TestArticles.file(TestArticles.DEV_01).toString());
        assertEquals(0, r.exit(), r.toString());
        String line = r.outLines().get(0);
        assertTrue(line.startsWith("loaded " + TestArticles.file(TestArticles.DEV_01)), line);
        assertTrue(line.matches(".*: \\d+ actors?, \\d+ stances?, \\d+ roles?, \\d+ statistics?, \\d+ documents?, \\d+ triples in <.*>"), line);
        assertTrue(line.endsWith("<" + graphOf(TestArticles.DEV_01) + ">"), line);
        long triples = Long.parseLong(line.replaceAll(".* (\\d+) triples.*", "$1"));
        try (KnowledgeStore s = KnowledgeStore.openExisting(tmp.resolve("s"), IRIS)) {
            assertEquals(triples, s.graph(graphOf(TestArticles.DEV_01)).size(), "the report counts the stored graph");
        }
    }

    /** Bad files, each written for real: name and bytes. */
    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty.txt", new byte[0]),
                Arguments.of("blank.txt", "  \n\t\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("binary.txt", new byte[] {'d', 'a', 't', 'e', 0, 1, 2, 3, (byte) 0xff, 0}),
                Arguments.of("latin1.txt", "date 2020-02-06\nCaf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("bad-date.txt", "date 2020-13-45\nFacebook said no.".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("malformed-date.txt", "date yesterday\nFacebook said no.".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("date-only.txt", "date 2020-02-06\n".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedInOneLineAndTheStoreIsUnchanged(String name, byte[] bytes) throws IOException {
        Path file = Files.write(tmp.resolve(name), bytes);
        long before = StoreContent.quadCount(mainStore);
        Cli.Result r = Cli.run("load", "--store", mainStore.toString(), file.toString());
        assertNotEquals(0, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.errLines().get(0).startsWith("e2ee-kg: " + file), r.toString());
        assertEquals("", r.out(), r.toString());
        assertEquals(before, StoreContent.quadCount(mainStore));
    }

    @Test
    void aMissingFileIsRefusedInOneLineAndTheStoreIsUnchanged() {
        Path missing = tmp.resolve("no-such-article.txt");
        long before = StoreContent.quadCount(mainStore);
        Cli.Result r = Cli.run("load", "--store", mainStore.toString(), missing.toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(List.of("e2ee-kg: " + missing + ": no such file"), r.errLines());
        assertEquals(before, StoreContent.quadCount(mainStore));
    }

    @Test
    void aFolderWithoutArticlesIsRefused() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("no-articles"));
        long before = StoreContent.quadCount(mainStore);
        Cli.Result r = Cli.run("load", "--store", mainStore.toString(), empty.toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().contains(empty.toString()), r.toString());
        assertEquals(before, StoreContent.quadCount(mainStore));
    }

    @Test
    void onlyBadInputCreatesNoStore() throws IOException {
        Path store = tmp.resolve("never-created");
        Path bad = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Cli.Result r = Cli.run("load", "--store", store.toString(), bad.toString());
        assertEquals(1, r.exit(), r.toString());
        assertFalse(Files.exists(store), "a load that writes nothing creates nothing");
    }

    @Test
    void aBadArticleInABatchIsSkippedAndTheGoodOnesAreLoaded() throws IOException {
        Path store = tmp.resolve("batch");
        Path bad = Files.write(tmp.resolve("binary.txt"), new byte[] {0, 0, 0});
        Path good = TestArticles.file(TestArticles.DEV_01);
        Cli.Result r = Cli.run("load", "--store", store.toString(), good.toString(), bad.toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.outLines().size(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.errLines().get(0).contains(bad.toString()), r.toString());
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            assertEquals(List.of(graphOf(TestArticles.DEV_01)), s.articleGraphNames());
        }
    }

    @Test
    void loadingTwiceIsLoadingOnce() {
        Path twice = tmp.resolve("twice");
        String main = TestArticles.file(TestArticles.MAIN).toString();
        assertEquals(0, Cli.run("load", "--store", twice.toString(), main).exit());
        assertEquals(0, Cli.run("load", "--store", twice.toString(), main).exit());
        assertEquals(StoreContent.nquads(mainStore), StoreContent.nquads(twice));
    }

    @Test
    void reloadingOneArticleLeavesAnotherUntouched() throws IOException {
        Path store = tmp.resolve("two");
        Path a = Files.copy(TestArticles.file(TestArticles.DEV_01), tmp.resolve(TestArticles.DEV_01));
        Path b = TestArticles.file(TestArticles.DEV_02);
        assertEquals(0, Cli.run("load", "--store", store.toString(), a.toString(), b.toString()).exit());
        Model aBefore;
        Model bBefore;
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            aBefore = s.graph(graphOf(TestArticles.DEV_01));
            bBefore = s.graph(graphOf(TestArticles.DEV_02));
        }
        // a new version of article A, under the same file name
        Files.writeString(a, Files.readString(a) + "\nThe NSPCC said it would keep campaigning.\n");
        Cli.Result r = Cli.run("load", "--store", store.toString(), a.toString());
        assertEquals(0, r.exit(), r.toString());
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            assertFalse(s.graph(graphOf(TestArticles.DEV_01)).isIsomorphicWith(aBefore), "A was replaced");
            assertTrue(s.graph(graphOf(TestArticles.DEV_02)).isIsomorphicWith(bBefore), "B is untouched");
            assertEquals(2, s.articleGraphNames().size());
        }
    }

    @Test
    void aFolderLoadsEveryArticleWithProgressOnStandardError() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        for (Path p : TestArticles.all()) {
            Files.copy(p, folder.resolve(p.getFileName()));
        }
        Files.copy(TestArticles.file(TestArticles.DEV_01), folder.resolve("zz-copy.txt"));
        Files.writeString(folder.resolve("notes.md"), "not an article");
        int n = TestArticles.all().size() + 1;
        Cli.Result r = Cli.run("load", "--store", tmp.resolve("s").toString(), folder.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(n, r.outLines().size(), r.toString());
        assertTrue(r.err().contains("[1/" + n + "] "), r.toString());
        assertTrue(r.err().contains("loaded " + n + " of " + n + " articles"), r.toString());
        try (KnowledgeStore s = KnowledgeStore.openExisting(tmp.resolve("s"), IRIS)) {
            assertEquals(n, s.articleGraphNames().size());
        }
    }

    @Test
    void aStoreDirectoryThatIsSomethingElseIsRefused() throws IOException {
        Path foreign = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(foreign.resolve("diary.txt"), "dear diary");
        Cli.Result r = Cli.run("load", "--store", foreign.toString(), TestArticles.file(TestArticles.DEV_01).toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.errLines().get(0).contains("not a TDB2 store"), r.toString());
        try (Stream<Path> s = Files.list(foreign)) {
            assertEquals(1, s.count(), "nothing was created in the folder");
        }
    }
}
