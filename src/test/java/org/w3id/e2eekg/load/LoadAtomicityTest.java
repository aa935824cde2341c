package org.w3id.e2eekg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.store.ArticleWrite;
import org.w3id.e2eekg.store.StoreException;
import org.w3id.e2eekg.support.StoreContent;
import org.w3id.e2eekg.support.TestArticles;

/**
 * A load is all or nothing for the store, on both of its paths: when the store fails part
 * way through (here, a destination that fails at its third article, or at the commit), a new
 * store is not created and an existing one keeps exactly what it held.
 */
class LoadAtomicityTest {
    private static final Iris IRIS = Iris.standard();

    @TempDir
    Path tmp;

    /** The store at {@code dir}, failing when writing article {@code failAt} (from 1), or at the commit when 0. */
    private static LoadDestination failing(Path dir, int failAt) {
        LoadDestination real = DestinationFactory.tdb2(dir, IRIS);
        return new LoadDestination() {
            @Override
            public String describe() {
                return real.describe();
            }

            @Override
            public void check() {
                real.check();
            }

            @Override
            public LoadSession open() {
                LoadSession session = real.open();
                return new LoadSession() {
                    private int written;

                    @Override
                    public ArticleWrite write(PreparedArticle article) {
                        if (++written == failAt) {
                            throw new StoreException(dir + ": the disk is full (simulated)");
                        }
                        return session.write(article);
                    }

                    @Override
                    public WriteReport commit() {
                        if (failAt == 0) {
                            throw new StoreException(dir + ": the disk is full (simulated)");
                        }
                        return session.commit();
                    }

                    @Override
                    public void close() {
                        session.close();
                    }
                };
            }
        };
    }

    private static List<ArticleSource.Entry> corpus() throws Exception {
        return ArticleSource.expand(List.of(TestArticles.folder()));
    }

    @Test
    void aNewStoreIsNotCreatedWhenTheLoadFails() throws Exception {
        for (int failAt : new int[] {3, 0}) {
            Path dir = tmp.resolve("store-" + failAt);
            assertThrows(StoreException.class,
                    () -> ArticleLoader.standard(IRIS).load(failing(dir, failAt), corpus(), LoadListener.NONE));
            assertFalse(Files.exists(dir), "failing at " + failAt);
            assertEquals(List.of(), leftovers(tmp));
        }
    }

    @Test
    void anExistingStoreKeepsWhatItHeldWhenTheLoadFails() throws Exception {
        Path dir = tmp.resolve("store");
        List<ArticleSource.Entry> all = corpus();
        ArticleLoader.standard(IRIS).load(dir, all.subList(0, 2), LoadListener.NONE);
        String before = StoreContent.nquads(dir);
        for (int failAt : new int[] {3, 0}) {
            // the first two replace what the store holds, the others are new: none of it may stay
            assertThrows(StoreException.class,
                    () -> ArticleLoader.standard(IRIS).load(failing(dir, failAt), all, LoadListener.NONE));
            assertEquals(before, StoreContent.nquads(dir), "failing at " + failAt);
        }
    }

    private static List<Path> leftovers(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".loading-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
