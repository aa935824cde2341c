package org.w3id.e2eekg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.store.ArticleWrite;
import org.w3id.e2eekg.store.ArticleWriter;
import org.w3id.e2eekg.store.BulkLoad;
import org.w3id.e2eekg.store.Compaction;
import org.w3id.e2eekg.store.Credentials;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.store.NamedGraph;
import org.w3id.e2eekg.store.RemoteStore;

/**
 * Makes the {@link LoadDestination} for a local TDB2 directory or a remote endpoint.
 *
 * <p>A local load takes one of two paths, chosen when it opens. Into a directory that holds
 * no store yet, Jena's bulk loader builds the store beside it and moves it into place at
 * the end ({@link BulkLoad}). Into an existing store, one write transaction takes every
 * article, each replacing its graph whole ({@link KnowledgeStore#beginWrites()}). Both are
 * all-or-nothing for the whole load: a failure or a crash part way leaves the store as it
 * was, and no article of the load in it. The price is that a crash at article 99,999 of
 * 100,000 loses the work of the 99,999; per-article commits would keep it, but a reader
 * would then see a load half done, and a failed load would leave the store in a state
 * nobody asked for.
 */
public final class DestinationFactory {
    private DestinationFactory() {}

    /**
     * The TDB2 store in {@code dir}, created by the load when missing. All graphs of a load
     * are written together, and the store is compacted after a load that replaced data it
     * held.
     */
    public static LoadDestination tdb2(Path dir, Iris iris) {
        return tdb2(dir, iris, true);
    }

    /**
     * The TDB2 store in {@code dir}, as {@link #tdb2(Path, Iris)}.
     *
     * @param compactAfterReplace whether to compact after a load that replaced data: TDB2
     *                            keeps what a write replaced in its files until a compaction,
     *                            so a store reloaded daily grows without it; a compaction
     *                            costs a copy of the live data
     */
    public static LoadDestination tdb2(Path dir, Iris iris, boolean compactAfterReplace) {
        return tdb2(dir, iris, compactAfterReplace, BulkLoad.Loader.PARALLEL);
    }

    /** The TDB2 store in {@code dir}; a new store is built with Jena's {@code loader}. */
    public static LoadDestination tdb2(Path dir, Iris iris, boolean compactAfterReplace, BulkLoad.Loader loader) {
        return new Tdb2(Objects.requireNonNull(dir, "dir"), Objects.requireNonNull(iris, "iris"), compactAfterReplace,
                Objects.requireNonNull(loader, "loader"));
    }

    /**
     * The store behind the SPARQL 1.1 Graph Store Protocol endpoint {@code url}, written with
     * one {@code PUT} per named graph when the load commits (see {@link RemoteStore} for what
     * that guarantees). The graphs are held in memory until then.
     *
     * @param credentials the user and password, or null to send none
     * @throws org.w3id.e2eekg.store.StoreException when {@code url} is not an http(s) URL
     */
    public static LoadDestination endpoint(String url, Iris iris, Credentials credentials) {
        return new Endpoint(RemoteStore.at(url, iris, credentials));
    }

    private record Tdb2(Path dir, Iris iris, boolean compactAfterReplace, BulkLoad.Loader loader)
            implements LoadDestination {
        @Override
        public String describe() {
            return dir.toString();
        }

        @Override
        public void check() {
            KnowledgeStore.checkLoadable(dir);
        }

        @Override
        public LoadSession open() {
            if (BulkLoad.applies(dir)) {
                return new StoreSession(BulkLoad.begin(dir, iris, loader), null, false);
            }
            KnowledgeStore store = KnowledgeStore.openForLoading(dir, iris);
            try {
                return new StoreSession(store.beginWrites(), store, compactAfterReplace);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
    }

    /** A load into a local store: its writer, and the store to compact and close after, if any. */
    private static final class StoreSession implements LoadSession {
        private final ArticleWriter writer;
        private final KnowledgeStore store;
        private final boolean compactAfterReplace;

        StoreSession(ArticleWriter writer, KnowledgeStore store, boolean compactAfterReplace) {
            this.writer = writer;
            this.store = store;
            this.compactAfterReplace = compactAfterReplace;
        }

        @Override
        public ArticleWrite write(PreparedArticle article) {
            return writer.write(article.graph());
        }

        @Override
        public WriteReport commit() {
            boolean replaced = writer.commit();
            Optional<Compaction> compaction = store != null && compactAfterReplace && replaced
                    ? Optional.of(store.compact()) : Optional.empty();
            return new WriteReport(replaced, compaction);
        }

        @Override
        public void close() {
            try {
                writer.close();
            } finally {
                if (store != null) {
                    store.close();
                }
            }
        }
    }

    private record Endpoint(RemoteStore store) implements LoadDestination {
        @Override
        public String describe() {
            return store.endpoint();
        }

        @Override
        public void check() {
            store.checkReachable();
        }

        @Override
        public LoadSession open() {
            List<NamedGraph> graphs = new ArrayList<>();
            return new LoadSession() {
                @Override
                public ArticleWrite write(PreparedArticle article) {
                    graphs.add(article.graph());
                    return new ArticleWrite(article.graph().name(), ArticleWrite.Kind.WRITTEN, Optional.empty(),
                            List.of(), false);
                }

                @Override
                public WriteReport commit() {
                    store.replaceArticles(graphs);
                    return new WriteReport(false, Optional.empty());
                }

                @Override
                public void close() {
                    graphs.clear();
                }
            };
        }
    }
}
