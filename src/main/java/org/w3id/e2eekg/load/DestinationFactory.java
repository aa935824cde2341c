package org.w3id.e2eekg.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.store.Compaction;
import org.w3id.e2eekg.store.Credentials;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.store.NamedGraph;
import org.w3id.e2eekg.store.RemoteStore;
import org.w3id.e2eekg.store.WriteOutcome;

/** Makes the {@link LoadDestination} for a local TDB2 directory or a remote endpoint. */
public final class DestinationFactory {
    private DestinationFactory() {}

    /**
     * The TDB2 store in {@code dir}, created by the first write when missing. All graphs of
     * a load are written in one transaction, and the store is compacted after a load that
     * replaced data it held.
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
        return new Tdb2(Objects.requireNonNull(dir, "dir"), Objects.requireNonNull(iris, "iris"), compactAfterReplace);
    }

    /**
     * The store behind the SPARQL 1.1 Graph Store Protocol endpoint {@code url}, written with
     * one {@code PUT} per named graph (see {@link RemoteStore} for what that guarantees).
     *
     * @param credentials the user and password, or null to send none
     * @throws org.w3id.e2eekg.store.StoreException when {@code url} is not an http(s) URL
     */
    public static LoadDestination endpoint(String url, Iris iris, Credentials credentials) {
        return new Endpoint(RemoteStore.at(url, iris, credentials));
    }

    private record Tdb2(Path dir, Iris iris, boolean compactAfterReplace) implements LoadDestination {
        @Override
        public String describe() {
            return dir.toString();
        }

        @Override
        public void check() {
            KnowledgeStore.checkLoadable(dir);
        }

        @Override
        public WriteReport write(List<NamedGraph> articles) {
            try (KnowledgeStore store = KnowledgeStore.openForLoading(dir, iris)) {
                WriteOutcome outcome = store.replaceArticles(articles);
                Optional<Compaction> compaction = compactAfterReplace && outcome.replacedData()
                        ? Optional.of(store.compact()) : Optional.empty();
                return new WriteReport(outcome, compaction);
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
        public WriteReport write(List<NamedGraph> articles) {
            store.replaceArticles(articles);
            List<String> names = articles.stream().map(NamedGraph::name).toList();
            return new WriteReport(new WriteOutcome(names, List.of(), List.of(), List.of(), false), Optional.empty());
        }
    }
}
