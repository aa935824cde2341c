package org.w3id.e2eekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.e2eekg.graph.DatasetDescription;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.load.ArticleLoader;
import org.w3id.e2eekg.support.StoreContent;
import org.w3id.e2eekg.support.TestArticles;

/**
 * A new store built by Jena's bulk loaders holds exactly what the same articles written in
 * one ordinary transaction give, description included, and appears all at once: until the
 * commit its directory does not exist, and an abandoned load leaves nothing behind.
 */
class BulkLoadTest {
    private static final Iris IRIS = Iris.standard();

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    private static List<NamedGraph> articles;
    /** The articles written by {@link KnowledgeStore#replaceArticles}: what a bulk load must equal. */
    private static Path reference;

    @BeforeAll
    static void prepare() throws Exception {
        articles = new ArrayList<>();
        ArticleLoader loader = ArticleLoader.standard(IRIS);
        for (Path p : TestArticles.all()) {
            articles.add(loader.prepare(new ArticleSource.Entry(p, null)).graph());
        }
        reference = shared.resolve("reference");
        try (KnowledgeStore s = KnowledgeStore.openForLoading(reference, IRIS)) {
            s.replaceArticles(articles);
        }
    }

    @ParameterizedTest
    @EnumSource(BulkLoad.Loader.class)
    void aBulkLoadGivesTheStoreATransactionGives(BulkLoad.Loader kind) {
        Path dir = tmp.resolve("store");
        try (BulkLoad load = BulkLoad.begin(dir, IRIS, kind)) {
            articles.forEach(load::write);
            assertFalse(Files.exists(dir), "nothing at the target before the commit");
            load.commit();
        }
        assertEquals(StoreContent.nquads(reference), StoreContent.nquads(dir));
        assertEquals(List.of(), leftovers(tmp));
        assertTrue(DescriptionFingerprint.matches(dir), "the description can be trusted by the next load");
    }

    @Test
    void theNextLoadIntoABulkLoadedStoreKeepsItsDescription() {
        Path dir = tmp.resolve("store");
        try (BulkLoad load = BulkLoad.begin(dir, IRIS, BulkLoad.Loader.PARALLEL)) {
            articles.subList(0, 2).forEach(load::write);
            load.commit();
        }
        try (KnowledgeStore s = KnowledgeStore.openExisting(dir, IRIS)) {
            s.replaceArticles(articles.subList(2, articles.size()));
            assertEquals(new java.util.HashSet<>(new DatasetDescription(IRIS).describe(s.copy()).getGraph().find().toList()),
                    new java.util.HashSet<>(s.graph(IRIS.voidGraph()).getGraph().find().toList()));
        }
        assertEquals(StoreContent.nquads(reference), StoreContent.nquads(dir));
    }

    @Test
    void aBulkLoadFillsAnEmptyDirectory() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        try (BulkLoad load = BulkLoad.begin(dir, IRIS, BulkLoad.Loader.PARALLEL)) {
            articles.forEach(load::write);
            load.commit();
        }
        assertEquals(StoreContent.nquads(reference), StoreContent.nquads(dir));
    }

    @Test
    void anAbandonedBulkLoadLeavesNothing() throws IOException {
        Path dir = tmp.resolve("store");
        try (BulkLoad load = BulkLoad.begin(dir, IRIS, BulkLoad.Loader.PARALLEL)) {
            articles.forEach(load::write);
        }
        assertFalse(Files.exists(dir));
        assertEquals(List.of(), leftovers(tmp));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        try (BulkLoad load = BulkLoad.begin(empty, IRIS, BulkLoad.Loader.PHASED)) {
            articles.forEach(load::write);
        }
        try (Stream<Path> s = Files.list(empty)) {
            assertEquals(0, s.count(), "the empty directory stays empty");
        }
        assertEquals(List.of(), leftovers(tmp));
    }

    @Test
    void onlyAStoreThatIsNotThereYetIsBulkLoaded() throws IOException {
        assertTrue(BulkLoad.applies(tmp.resolve("missing")));
        assertTrue(BulkLoad.applies(Files.createDirectories(tmp.resolve("empty"))));
        assertFalse(BulkLoad.applies(reference));
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("notes.txt"), "mine");
        assertFalse(BulkLoad.applies(notes));
        assertThrows(StoreException.class, () -> BulkLoad.begin(reference, IRIS, BulkLoad.Loader.PARALLEL));
        assertThrows(StoreException.class, () -> BulkLoad.begin(notes, IRIS, BulkLoad.Loader.PARALLEL));
    }

    /** Directories a bulk load builds in, left in {@code dir}. */
    private static List<Path> leftovers(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".loading-")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
