package org.w3id.e2eekg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexDB;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionalComponent;

/**
 * The store's TDB2 dataset with Jena's text index kept in step: jena-text's
 * {@link DatasetGraphText}, which indexes every quad added or deleted through it whose
 * predicate the index covers ({@link SearchIndex#definition()}), and commits the Lucene index
 * with TDB2's transaction. Every write of the project goes through it: loads and replaced
 * articles ({@link KnowledgeStore}), restores ({@link StoreBackup}), and the server's Graph
 * Store and SPARQL Update writes.
 *
 * <p>Three things are changed from jena-text's behaviour, each for a reason of this store:
 * <ul>
 *   <li>Only a write transaction rolls the index back when it aborts
 *       ({@link TextIndexComponent}). jena-text rolls back the one Lucene writer all threads
 *       share whenever any transaction aborts: a read aborted (as Fuseki aborts every query
 *       its timeout stops) threw away the documents of a write in progress, and two aborted
 *       at once left a read transaction open for good.</li>
 *   <li>{@link #removeGraph} removes the graph by TDB2's own ids, as {@link KnowledgeStore}
 *       does, and tells the index about the indexed quads it held. jena-text removes a graph
 *       quad by quad through {@code deleteAny}, which in Jena 5.6 leaves behind the numbers
 *       TDB2 keeps by value ({@code "70"^^xsd:decimal} read back as {@code 70.0}).</li>
 *   <li>After a compaction, {@link #commit} and {@link #abort} commit or roll back the index
 *       themselves. jena-text joins the index to the transaction coordinator of the TDB2
 *       generation it was opened on; a compaction ({@code Data-0001} to {@code Data-0002})
 *       starts a generation with a new coordinator, whose transactions would never commit the
 *       index.</li>
 * </ul>
 *
 * <p>Queries over it run on TDB2's own query engine ({@link Tdb2Engine}): ARQ picks an engine
 * by the dataset's class, and TDB2's does not know this wrapper, so without it every query
 * would fall back to ARQ's general engine, which reads TDB2 node by node. The text index is in
 * the dataset's context, where {@code text:query} finds it.
 *
 * <p>Trade-off: jena-text checks that a quad is new before it indexes it (one more index
 * lookup per quad written), the price of an index that never holds a quad twice over.
 */
final class TextIndexedDataset extends DatasetGraphText {
    static {
        QueryEngineRegistry.addFactory(new Tdb2Engine());
    }

    private final TextIndex index;
    /** The transaction coordinator jena-text joined the index to: that of the generation the store was opened on. */
    private final TransactionCoordinator joined;

    TextIndexedDataset(DatasetGraph tdb, TextIndex index) {
        super(tdb, index, new TextDocProducerTriples(index), true);
        this.index = index;
        this.joined = TDBInternal.getTransactionCoordinator(tdb);
        joinOnlyWrites(joined, index);
        getContext().set(TextQuery.textIndex, index);
    }

    /**
     * Puts {@link TextIndexComponent} in the place of the component jena-text's constructor
     * joined to TDB2's transactions, which rolls the index back when a read aborts.
     */
    private static void joinOnlyWrites(TransactionCoordinator coordinator, TextIndex index) {
        coordinator.modifyConfig(() -> {
            for (TransactionalComponent external : coordinator.listExternals()) {
                if (external instanceof TextIndexDB || external instanceof TextIndexComponent) {
                    coordinator.removeExternal(external);
                    coordinator.addExternal(new TextIndexComponent(external.getComponentId(), index));
                }
            }
        });
    }

    /** True when a compaction has put the store on a generation whose transactions do not include the index. */
    private boolean indexLeftBehind() {
        return TDBInternal.getTransactionCoordinator(getWrapped()) != joined;
    }

    /** The TDB2 dataset underneath, for what only TDB2 does (compaction, release). */
    DatasetGraph tdb() {
        return getWrapped();
    }

    @Override
    public void removeGraph(Node graphName) {
        List<Quad> indexed = new ArrayList<>();
        getWrapped().find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (index.getDocDef().getField(q.getPredicate()) != null) {
                indexed.add(q);
            }
        });
        getWrapped().removeGraph(graphName);
        indexed.forEach(q -> getMonitor().change(TextQuadAction.DELETE, q.getGraph(), q.getSubject(), q.getPredicate(),
                q.getObject()));
    }

    @Override
    public void commit() {
        boolean write = transactionMode() == ReadWrite.WRITE;
        super.commit();
        if (write && indexLeftBehind()) {
            index.commit();
        }
    }

    @Override
    public void abort() {
        boolean write = transactionMode() == ReadWrite.WRITE;
        super.abort();
        if (write && indexLeftBehind()) {
            index.rollback();
        }
    }

    /** Runs queries over a {@link TextIndexedDataset} with TDB2's engine, on the TDB2 dataset it wraps. */
    private static final class Tdb2Engine implements QueryEngineFactory {
        private static final QueryEngineFactory TDB2 = QueryEngineTDB.getFactory();

        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return dataset instanceof TextIndexedDataset;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return TDB2.create(query, ((TextIndexedDataset) dataset).tdb(), input, context);
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return dataset instanceof TextIndexedDataset;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return TDB2.create(op, ((TextIndexedDataset) dataset).tdb(), input, context);
        }
    }
}
