package org.w3id.e2eekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;

/**
 * The text index takes part in write transactions only: a read transaction that aborts (as
 * Fuseki aborts the read of every query its timeout stops) neither throws away the index
 * entries of a write in progress nor, aborted on many threads at once, leaves a transaction
 * open; the store, a real TDB2 directory with its Lucene index, then closes.
 */
class TextIndexTransactionTest {
    private static final Node GRAPH = NodeFactory.createURI("https://example.org/graph");
    private static final Node SUBJECT = NodeFactory.createURI("https://example.org/thing");
    private static final int READERS = 8;
    private static final int ROUNDS = 25;

    @TempDir
    Path tmp;

    @Test
    void aReadAbortedDuringAWriteKeepsTheWritesIndexEntries() throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (KnowledgeStore store = KnowledgeStore.openForLoading(tmp.resolve("store"), Iris.standard())) {
            DatasetGraph dataset = store.datasetGraph();
            dataset.begin(ReadWrite.WRITE);
            try {
                dataset.add(new Quad(GRAPH, SUBJECT, RDFS.label.asNode(), NodeFactory.createLiteralString("Lantern cryptography")));
                reader.submit(() -> {
                    dataset.begin(ReadWrite.READ);
                    dataset.abort();
                    dataset.end();
                }).get(30, TimeUnit.SECONDS);
                dataset.commit();
            } finally {
                dataset.end();
            }
            List<TextHit> hits = Txn.calculateRead(dataset, () -> {
                List<TextHit> found = new ArrayList<>();
                ((DatasetGraphText) dataset).search("lantern").forEachRemaining(found::add);
                return found;
            });
            assertEquals(1, hits.size(), "the written label is in the index");
            assertEquals(SUBJECT, hits.get(0).getNode());
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void readsAbortedOnManyThreadsAtOnceAllEnd() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        // KnowledgeStore.close expels the TDB2 database, which fails while a transaction is open
        try (KnowledgeStore store = KnowledgeStore.openForLoading(tmp.resolve("store"), Iris.standard())) {
            DatasetGraph dataset = store.datasetGraph();
            CyclicBarrier together = new CyclicBarrier(READERS);
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                done.add(readers.submit(() -> {
                    try {
                        for (int round = 0; round < ROUNDS; round++) {
                            dataset.begin(ReadWrite.READ);
                            try {
                                together.await(10, TimeUnit.SECONDS);
                                dataset.abort();
                            } finally {
                                dataset.end();
                            }
                        }
                    } catch (RuntimeException e) {
                        together.reset(); // the other readers stop waiting for this one
                        throw e;
                    }
                    return null;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<?> f : done) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof BrokenBarrierException)) {
                        failures.add(e.getCause().toString());
                    }
                }
            }
            assertEquals(List.of(), failures, "a reader's begin, abort or end failed");
            assertEquals(0, TDBInternal.getTransactionCoordinator(((TextIndexedDataset) dataset).tdb()).countActive(), "transactions still open");
        } finally {
            readers.shutdownNow();
        }
    }
}
