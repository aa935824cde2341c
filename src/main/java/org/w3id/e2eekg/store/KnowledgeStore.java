package org.w3id.e2eekg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.w3id.e2eekg.graph.DatasetDescription;
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
 * <p>Writes: every write is one TDB2 write transaction, so a reader sees a store before or
 * after a load, never during one. An article's graph is replaced whole (removed, then
 * written), which makes loading idempotent: loading an article twice leaves the store as
 * loading it once; and a graph the store already holds with the same content is not written
 * at all, so that an unchanged reload leaves TDB2's copy-on-write files as they were. An
 * article graph is never written over the graph of an article from another file (their
 * {@code e2k:sourceFile}s differ): that is checked in the write transaction and reported as
 * an {@link ArticleConflict}. The ontology and reference graphs are rewritten by every load
 * when they changed, so they always match the code that loaded the articles.
 *
 * <p>Trade-offs: graphs are handed over as in-memory models, which bounds a load by memory
 * (articles are small); and {@link #close()} releases the database from TDB2's per-JVM
 * cache, so a directory must not be opened twice at once in one JVM. TDB2 stores numbers
 * by value, so a graph read back equals the graph written by value but not always term for
 * term: an {@code xsd:decimal} comes back in canonical form ({@code 70.0} for {@code 70}).
 * Exports and queries all read the store, so they agree with each other.
 */
public final class KnowledgeStore implements AutoCloseable {
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
        return write(standardGraphs(iris), articles);
    }

    /** Replaces one article's graph (and refreshes the ontology and reference graphs). */
    public WriteOutcome replaceArticle(String graphName, Model graph) {
        return replaceArticles(List.of(new NamedGraph(graphName, graph)));
    }

    /** Rewrites the ontology and reference graphs only. */
    public void refreshStandardGraphs() {
        write(standardGraphs(iris), List.of());
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

    private WriteOutcome write(List<NamedGraph> standard, List<NamedGraph> articles) {
        ensureOpen();
        try {
            return Txn.calculateWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                standard.forEach(g -> replaceIfChanged(dsg, g));
                WriteOutcome outcome = writeArticles(dsg, articles);
                describe(dsg);
                return outcome;
            });
        } catch (RuntimeException e) {
            throw new StoreException(directory + ": write failed, store unchanged (" + oneLine(e) + ")", e);
        }
    }

    private WriteOutcome writeArticles(DatasetGraph dsg, List<NamedGraph> articles) {
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<ArticleConflict> refused = new ArrayList<>();
        List<String> superseded = new ArrayList<>();
        boolean replacedData = false;
        for (NamedGraph g : articles) {
            Node name = NodeFactory.createURI(g.name());
            String newSource = sourceFile(g.model().getGraph());
            String storedSource = sourceFile(dsg.getGraph(name));
            if (newSource != null && storedSource != null && !storedSource.equals(newSource)) {
                refused.add(new ArticleConflict(g.name(), storedSource, newSource));
                continue;
            }
            for (Node stale : graphsFromFile(dsg, newSource)) {
                if (!stale.equals(name) && stale.isURI() && stale.getURI().startsWith(iris.articleGraphPrefix())) {
                    dsg.removeGraph(stale);
                    superseded.add(stale.getURI());
                    replacedData = true;
                }
            }
            boolean existed = !dsg.getGraph(name).isEmpty();
            if (replaceIfChanged(dsg, g)) {
                written.add(g.name());
                replacedData |= existed;
            } else {
                unchanged.add(g.name());
            }
        }
        return new WriteOutcome(written, unchanged, refused, superseded, replacedData);
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
     * Writes {@code g} over the graph of its name unless that already holds the same; true when
     * written. The old graph goes by {@link DatasetGraph#removeGraph} (see {@link #removeAll}).
     */
    private static boolean replaceIfChanged(DatasetGraph dsg, NamedGraph g) {
        Node name = NodeFactory.createURI(g.name());
        Graph stored = dsg.getGraph(name);
        // a new graph, or one of another size, is written without building the copy to compare
        if (stored.size() == g.model().size() && sameContent(stored, StoredTerms.asStored(g.model().getGraph()))) {
            return false;
        }
        dsg.removeGraph(name);
        // in the model's own order, which decides the order of TDB2's node ids and so of unordered answers
        g.model().getGraph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        return true;
    }

    /**
     * True when {@code stored} holds exactly the triples of {@code fresh} (whose literals are in
     * TDB2's form). Without blank nodes, graphs being sets, equal sizes and containment decide,
     * in one lookup per triple of the stored graph in the fresh one; with blank nodes, ARQ's isomorphism test. ({@link
     * Graph#isIsomorphicWith} is not used: it compares literals by value, and fails on
     * TDB2's graphs.)
     */
    private static boolean sameContent(Graph stored, Graph fresh) {
        if (stored.size() != fresh.size()) {
            return false;
        }
        boolean blankNodes = fresh.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext();
        if (blankNodes) {
            return IsoMatcher.isomorphic(stored, fresh);
        }
        // stored against fresh, not the other way: TDB2 finds "70"^^xsd:decimal but not its own "70.0"
        ExtendedIterator<Triple> missing = stored.find().filterDrop(fresh::contains);
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

    /** Rewrites the VoID and DCAT description ({@link Iris#voidGraph}) from the store's content. */
    private void describe(DatasetGraph dsg) {
        replaceIfChanged(dsg, new NamedGraph(iris.voidGraph(), new DatasetDescription(iris).describe(dsg)));
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
        try {
            DatabaseMgr.compact(indexed.tdb(), true);
        } catch (RuntimeException e) {
            throw new StoreException(directory + ": compaction failed (" + oneLine(e) + ")", e);
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
                TDBInternal.expel(indexed.tdb());
            } finally {
                indexed.getTextIndex().close();
            }
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
