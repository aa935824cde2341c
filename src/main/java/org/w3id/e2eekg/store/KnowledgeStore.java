package org.w3id.e2eekg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.KnowledgeGraphs;
import org.w3id.e2eekg.vocab.E2K;

/**
 * The knowledge graph's store: a TDB2 database in a directory.
 *
 * <p>Layout: every triple lives in a named graph; one per article ({@link
 * Iris#articleGraph}), one for the ontology together with the SHACL shapes ({@link
 * Iris#ontologyGraph}) and one for the reference data of known actors and places ({@link
 * Iris#referenceGraph}), and one for the VoID and DCAT description of the whole store
 * ({@link Iris#voidGraph}, rewritten by every write). The default graph stays empty;
 * queries see the union of the named graphs as their default graph ({@link
 * TDB2#symUnionDefaultGraph}), so a query need not know how the data is split, while
 * {@code GRAPH ?g} still tells articles apart.
 *
 * <p>Search: the dataset is wrapped by Jena's text index ({@link SearchIndex}, in the
 * directory's {@code text-index} folder), which indexes every label, alias and sentence
 * written and commits with the TDB2 transaction, so every load, replacement and restore keeps
 * it in step; queries still run on TDB2's engine.
 *
 * <p>Writes: every write is one TDB2 write transaction ({@link #beginWrites}), so a reader
 * sees a store before or after a load, never during one. An article's graph is replaced
 * whole (removed, then written), which makes loading idempotent: loading an article twice
 * leaves the store as loading it once; and a graph the store already holds with the same
 * content is not written at all, so that an unchanged reload leaves TDB2's copy-on-write
 * files as they were. An article graph is never written over the graph of an article from
 * another file (their {@code e2k:sourceFile}s differ): that is checked in the write
 * transaction and reported as an {@link ArticleConflict}. The ontology and reference graphs
 * are rewritten by every load when they changed, so they always match the code that loaded
 * the articles. The description graph is brought up to date by what each write changed
 * ({@link DescriptionUpdate}), never by reading the whole store again. Terms are written in
 * the form TDB2 gives back ({@link StoredTerms}). A new store is better built by
 * {@link BulkLoad}.
 *
 * <p>Trade-offs: a write transaction takes the graphs of a load one at a time, and TDB2
 * writes them to its files as they come, so a load is bounded by disk, not memory; and
 * {@link #close()} releases the database from TDB2's per-JVM cache, so a directory must not
 * be opened twice at once in one JVM. TDB2 stores numbers by value, so a graph read back
 * equals the graph written by value but not always term for term: an {@code xsd:decimal}
 * comes back in canonical form ({@code 70.0} for {@code 70}). Exports and queries all read
 * the store, so they agree with each other.
 */
public final class KnowledgeStore implements AutoCloseable {
    /** How long {@link #close()} waits for transactions still ending. */
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    private final Path directory;
    private final Iris iris;
    private final TextIndexedDataset indexed;
    private final Dataset dataset;
    private boolean closed;

    private KnowledgeStore(Path directory, Iris iris, TextIndexedDataset indexed) {
        this.directory = directory;
        this.iris = iris;
        this.indexed = indexed;
        this.dataset = DatasetFactory.wrap(indexed);
    }

    /**
     * Opens the store at {@code dir} for loading, creating the directory and an empty store
     * when there is none. Refuses a directory that holds anything but a TDB2 store.
     */
    public static KnowledgeStore openForLoading(Path dir, Iris iris) {
        StoreLocation.requireLoadable(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create the store directory (" + e.getMessage() + ")", e);
        }
        return connect(dir, iris);
    }

    /** Opens an existing store; fails, creating nothing, when {@code dir} is not a TDB2 store. */
    public static KnowledgeStore openExisting(Path dir, Iris iris) {
        StoreLocation.requireExisting(dir);
        return connect(dir, iris);
    }

    /**
     * Checks, without creating anything, that {@link #openForLoading} would accept {@code dir},
     * so that a load can fail before it does any work.
     */
    public static void checkLoadable(Path dir) {
        StoreLocation.requireLoadable(dir);
    }

    private static KnowledgeStore connect(Path dir, Iris iris) {
        Objects.requireNonNull(iris, "iris");
        DatasetGraph tdb;
        try {
            tdb = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": cannot open the store (" + oneLine(e) + ")", e);
        }
        try {
            return new KnowledgeStore(dir, iris, SearchIndex.open(tdb, dir));
        } catch (RuntimeException e) {
            TDBInternal.expel(tdb);
            throw e;
        }
    }

    public Path directory() {
        return directory;
    }

    public Iris iris() {
        return iris;
    }

    // ---------------------------------------------------------------- writing

    /**
     * In one write transaction: rewrites the ontology and reference graphs, and replaces the
     * named graph of each article given, except one whose name belongs to an article loaded
     * from another file ({@link ArticleConflict}). Either all of it happens or none of it
     * does. A graph the store already holds with the same content is not written again, so
     * reloading unchanged articles leaves the store's files as they were.
     */
    public WriteOutcome replaceArticles(List<NamedGraph> articles) {
        List<ArticleWrite> writes = new ArrayList<>();
        boolean replaced;
        try (ArticleWriter writer = beginWrites()) {
            for (NamedGraph g : articles) {
                writes.add(writer.write(g));
            }
            replaced = writer.commit();
        }
        return WriteOutcome.of(writes, replaced);
    }

    /** Replaces one article's graph (and refreshes the ontology and reference graphs). */
    public WriteOutcome replaceArticle(String graphName, Model graph) {
        return replaceArticles(List.of(new NamedGraph(graphName, graph)));
    }

    /** Rewrites the ontology and reference graphs only. */
    public void refreshStandardGraphs() {
        replaceArticles(List.of());
    }

    /**
     * Begins a write transaction on the calling thread for a load: articles are written one
     * by one ({@link ArticleWriter#write}), each replacing its graph whole as
     * {@link #replaceArticles} does, and become visible together at
     * {@link ArticleWriter#commit}, which also rewrites the standard graphs and brings the
     * description up to date by what changed ({@link DescriptionUpdate}). Readers see the
     * store before or after, never between. TDB2 allows one writer at a time: another
     * thread's write waits until this one ends.
     *
     * <p>TDB2 writes a transaction's changes into its files as they are made (copy-on-write),
     * not into memory, so a transaction of many articles takes no more heap than one of a few.
     */
    public ArticleWriter beginWrites() {
        ensureOpen();
        return new WriteSession();
    }

    /**
     * The graphs that are not extracted and that every load rewrites: the ontology with the
     * shapes, and the reference data. Public so that a load into another store (a remote
     * endpoint) writes exactly the same set.
     */
    public static List<NamedGraph> standardGraphs(Iris iris) {
        Model ontology = ModelFactory.createDefaultModel();
        ontology.add(KnowledgeGraphs.ontology(iris));
        ontology.add(KnowledgeGraphs.shapes(iris));
        return List.of(new NamedGraph(iris.ontologyGraph(), ontology),
                new NamedGraph(iris.referenceGraph(), KnowledgeGraphs.reference(iris)));
    }

    /** One write transaction of a load, on the thread that began it. */
    private final class WriteSession implements ArticleWriter {
        private final DatasetGraph dsg = dataset.asDatasetGraph();
        private final DescriptionUpdate description;
        private boolean replacedData;
        private boolean ended;

        WriteSession() {
            try {
                dataset.begin(TxnType.WRITE);
                description = DescriptionUpdate.start(dsg, iris, DescriptionFingerprint.matches(directory));
            } catch (RuntimeException e) {
                end();
                throw failure(e);
            }
        }

        @Override
        public ArticleWrite write(NamedGraph g) {
            if (ended) {
                throw new IllegalStateException("the write transaction has ended");
            }
            try {
                ArticleWrite w = writeArticle(g);
                replacedData |= w.replaced();
                return w;
            } catch (RuntimeException e) {
                end();
                throw failure(e);
            }
        }

        private ArticleWrite writeArticle(NamedGraph g) {
            Node name = NodeFactory.createURI(g.name());
            String newSource = sourceFile(g.model().getGraph());
            String storedSource = sourceFile(dsg.getGraph(name));
            if (newSource != null && storedSource != null && !storedSource.equals(newSource)) {
                return ArticleWrite.refused(new ArticleConflict(g.name(), storedSource, newSource));
            }
            List<String> superseded = new ArrayList<>();
            for (Node stale : graphsFromFile(dsg, newSource)) {
                if (!stale.equals(name) && stale.isURI() && stale.getURI().startsWith(iris.articleGraphPrefix())) {
                    description.remove(stale);
                    superseded.add(stale.getURI());
                }
            }
            boolean existed = !dsg.getGraph(name).isEmpty();
            if (replaceIfChanged(g)) {
                return ArticleWrite.written(g.name(), superseded, existed || !superseded.isEmpty());
            }
            return ArticleWrite.unchanged(g.name(), superseded);
        }

        /** Writes {@code g} over the graph of its name unless that already holds the same; true when written. */
        private boolean replaceIfChanged(NamedGraph g) {
            Node name = NodeFactory.createURI(g.name());
            List<Triple> fresh = StoredTerms.inOrder(g.model().getGraph());
            Graph stored = dsg.getGraph(name);
            if (stored.size() == fresh.size() && sameContent(stored, fresh)) {
                return false;
            }
            description.replace(name, fresh);
            return true;
        }

        @Override
        public boolean commit() {
            if (ended) {
                throw new IllegalStateException("the write transaction has ended");
            }
            try {
                standardGraphs(iris).forEach(this::replaceIfChanged);
                description.finish();
                dataset.commit();
            } catch (RuntimeException e) {
                throw failure(e);
            } finally {
                end();
            }
            DescriptionFingerprint.record(directory);
            return replacedData;
        }

        @Override
        public void close() {
            end();
        }

        private void end() {
            if (!ended) {
                ended = true;
                if (dataset.isInTransaction()) {
                    dataset.abort();
                    dataset.end();
                }
            }
        }

        private StoreException failure(RuntimeException e) {
            return e instanceof StoreException se ? se
                    : new StoreException(directory + ": write failed, store unchanged (" + oneLine(e) + ")", e);
        }
    }

    /**
     * Removes every quad of the store. Named graphs go by {@link DatasetGraph#removeGraph},
     * never by {@code deleteAny} or {@code clear}: in Jena 5.6 those find the quads as nodes
     * and delete them node by node, and a number TDB2 keeps by value ({@code "70"^^xsd:decimal},
     * given back as {@code "70.0"}) is then not found and stays behind. {@code removeGraph}
     * deletes by TDB2's own ids.
     */
    static void removeAll(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.forEach(dsg::removeGraph);
        dsg.getDefaultGraph().clear();
    }

    /**
     * True when {@code stored} holds exactly the triples {@code fresh} (in TDB2's stored form,
     * each once). Without blank nodes, graphs being sets, equal sizes and containment decide;
     * with blank nodes, ARQ's isomorphism test. ({@link Graph#isIsomorphicWith} is not used:
     * it compares literals by value, and fails on TDB2's graphs.)
     */
    private static boolean sameContent(Graph stored, List<Triple> fresh) {
        if (stored.size() != fresh.size()) {
            return false;
        }
        boolean blankNodes = fresh.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        if (blankNodes) {
            Graph g = GraphFactory.createDefaultGraph();
            fresh.forEach(g::add);
            return IsoMatcher.isomorphic(stored, g);
        }
        Set<Triple> expected = new HashSet<>(fresh);
        ExtendedIterator<Triple> missing = stored.find().filterDrop(expected::contains);
        try {
            return !missing.hasNext();
        } finally {
            missing.close();
        }
    }

    /** The {@code e2k:sourceFile} of the article in {@code graph}, or null. */
    private static String sourceFile(Graph graph) {
        ExtendedIterator<Triple> it = graph.find(Node.ANY, E2K.sourceFile.asNode(), Node.ANY);
        try {
            if (!it.hasNext()) {
                return null;
            }
            Node file = it.next().getObject();
            return file.isLiteral() ? file.getLiteralLexicalForm() : null;
        } finally {
            it.close();
        }
    }

    /** The graphs holding an article loaded from the file called {@code source}. */
    private static List<Node> graphsFromFile(DatasetGraph dsg, String source) {
        List<Node> out = new ArrayList<>();
        if (source == null) {
            return out;
        }
        dsg.findNG(Node.ANY, Node.ANY, E2K.sourceFile.asNode(), NodeFactory.createLiteralString(source))
                .forEachRemaining(q -> out.add(q.getGraph()));
        return out;
    }

    // ---------------------------------------------------------------- maintenance

    /**
     * Compacts the store: TDB2 writes copy-on-write, so every change leaves the blocks it
     * replaced in the files until a compaction copies the live data into a new generation
     * ({@code Data-NNNN}) and deletes the old one. Waits for running transactions to end;
     * readers that come later see the same data, from the new generation.
     *
     * @return the generation before and after
     */
    public Compaction compact() {
        ensureOpen();
        String before = StoreLocation.currentGeneration(directory);
        boolean described = DescriptionFingerprint.matches(directory);
        try {
            DatabaseMgr.compact(indexed.tdb(), true);
        } catch (RuntimeException e) {
            throw new StoreException(directory + ": compaction failed (" + oneLine(e) + ")", e);
        }
        if (described) {
            // the same data in a new generation: the description is still that of the store
            DescriptionFingerprint.record(directory);
        }
        return new Compaction(before, StoreLocation.currentGeneration(directory));
    }

    // ---------------------------------------------------------------- reading

    /**
     * The TDB2 dataset itself, with its text index ({@link SearchIndex}), for a server that
     * serves this store in the same JVM (TDB2 must not open one directory twice). Whoever uses
     * it reads and writes in its transactions, which keep the index in step, and leaves
     * closing to this store; settings made on its context (a query timeout, the union default
     * graph) last until the store is closed.
     */
    public DatasetGraph datasetGraph() {
        ensureOpen();
        return dataset.asDatasetGraph();
    }

    /** The names of all named graphs, sorted. */
    public List<String> graphNames() {
        return read(dsg -> {
            List<String> names = new ArrayList<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node n = it.next();
                if (n.isURI()) {
                    names.add(n.getURI());
                }
            }
            names.sort(null);
            return names;
        });
    }

    /** The names of the article graphs, sorted. */
    public List<String> articleGraphNames() {
        String prefix = iris.articleGraphPrefix();
        return graphNames().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    /** The number of quads in the store (all named graphs and the default graph). */
    public long quadCount() {
        return read(dsg -> {
            long n = 0;
            for (Iterator<?> it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /** A copy, in memory, of one named graph; empty when the store has no graph of that name. */
    public Model graph(String name) {
        return read(dsg -> {
            Model copy = ModelFactory.createDefaultModel();
            Graph g = dsg.getGraph(NodeFactory.createURI(name));
            g.find().forEachRemaining(copy.getGraph()::add);
            return copy;
        });
    }

    /** A copy, in memory, of the whole store. */
    public DatasetGraph copy() {
        return read(dsg -> {
            DatasetGraph out = DatasetGraphFactory.create();
            dsg.find().forEachRemaining(out::add);
            return out;
        });
    }

    /** Runs {@code reader} over the store's dataset in one read transaction. */
    public <T> T read(Function<DatasetGraph, T> reader) {
        ensureOpen();
        return Txn.calculateRead(dataset, () -> reader.apply(dataset.asDatasetGraph()));
    }

    /**
     * Runs a query in a read transaction, with the union of the named graphs as its default
     * graph, and returns its answer materialised.
     */
    public QueryResult query(Query query) {
        return query(query, Map.of());
    }

    /**
     * Runs a query as {@link #query(Query)} does, with variables bound to values first (Jena's
     * substitution: the values are terms, never query text).
     */
    public QueryResult query(Query query, Map<String, Node> bindings) {
        ensureOpen();
        return Txn.calculateRead(dataset, () -> {
            QueryExecutionDatasetBuilder builder = QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true);
            Model terms = ModelFactory.createDefaultModel();
            bindings.forEach((variable, value) -> builder.substitution(variable, terms.asRDFNode(value)));
            try (QueryExecution qe = builder.build()) {
                if (query.isSelectType()) {
                    return new QueryResult.Rows(qe.execSelect().rewindable());
                }
                if (query.isAskType()) {
                    return new QueryResult.Answer(qe.execAsk());
                }
                if (query.isConstructType() && query.isConstructQuad()) {
                    DatasetGraph out = DatasetGraphFactory.create();
                    qe.execConstructDataset().asDatasetGraph().find().forEachRemaining(out::add);
                    return new QueryResult.Quads(out);
                }
                if (query.isConstructType()) {
                    return new QueryResult.Triples(qe.execConstruct());
                }
                if (query.isDescribeType()) {
                    return new QueryResult.Triples(qe.execDescribe());
                }
                throw new StoreException("unsupported query form: " + query.queryType());
            }
        });
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("store " + directory + " is closed");
        }
    }

    /** Releases the database: later opens of the directory read it afresh from disk. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                expelWhenIdle();
            } finally {
                indexed.getTextIndex().close();
            }
        }
    }

    /**
     * Releases TDB2's hold on the directory, waiting (up to {@link #CLOSE_WAIT_MILLIS}) for
     * reads still ending: a query stopped by its timeout ends its transaction on its own
     * thread a moment after its client has been answered.
     */
    private void expelWhenIdle() {
        long deadline = System.nanoTime() + CLOSE_WAIT_MILLIS * 1_000_000;
        while (true) {
            try {
                TDBInternal.expel(indexed.tdb());
                return;
            } catch (TransactionException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
