package org.w3id.e2eekg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.w3id.e2eekg.extract.Extractor;
import org.w3id.e2eekg.extract.ExtractorFactory;
import org.w3id.e2eekg.fact.ArticleFacts;
import org.w3id.e2eekg.graph.DateSpans;
import org.w3id.e2eekg.graph.FactGraphBuilder;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.KnowledgeGraphs;
import org.w3id.e2eekg.graph.TypeClosure;
import org.w3id.e2eekg.ingest.Article;
import org.w3id.e2eekg.ingest.ArticleException;
import org.w3id.e2eekg.ingest.ArticleReader;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.store.ArticleConflict;
import org.w3id.e2eekg.store.ArticleWrite;
import org.w3id.e2eekg.store.Compaction;
import org.w3id.e2eekg.store.NamedGraph;
import org.w3id.e2eekg.validate.GraphReport;
import org.w3id.e2eekg.validate.ShapeValidator;

/**
 * Loads articles into a store, as a stream: articles are read, extracted, built (with the
 * ontology's types materialised, {@link TypeClosure}, and sortable dates, {@link DateSpans})
 * and validated on worker threads ({@link #withThreads}), and written, in the order given, by
 * the calling thread as soon as each is ready ({@link OrderedPipeline}), so extraction and
 * writing overlap and memory holds a few articles at a time however many there are. A bad
 * article (unreadable, failing extraction, or with a graph that does not conform to the
 * shapes) is reported and skipped; the store never holds part of an article. The store is
 * a {@link LoadDestination}: a local TDB2 directory (a new store is built by Jena's bulk
 * loader, an existing one written in one transaction; see {@link DestinationFactory}), or a
 * remote Graph Store Protocol endpoint, which gets the same graphs.
 *
 * <p>All-or-nothing for the store: the articles of a load become part of the store together
 * when the load ends, so a failure of the store part way leaves it as it was (and throws);
 * the articles refused on the way never touch it. When no article is good the destination
 * is not even opened, so a failed load into a new directory creates nothing.
 *
 * <p>An article's graph is named by its id, a function of its file name ({@link
 * org.w3id.e2eekg.ingest.ArticleIds}). Two files of one load whose ids meet (the same name in
 * two folders, {@code page.html} and {@code page.txt}) are not both written: the later one is
 * refused, naming the earlier. The store refuses, in the write transaction itself, a graph
 * whose name belongs to an article loaded from another file; so a load replaces only the
 * articles of the files it was given.
 *
 * <p>Trade-off: the ids met in a load are remembered to the end (a few dozen bytes each),
 * the one thing that grows with the number of articles.
 */
public final class ArticleLoader {
    /** Articles in flight per extraction thread: enough to keep the threads busy while the writer catches up. */
    private static final int WINDOW_PER_THREAD = 4;

    private final Iris iris;
    private final Extractor extractor;
    private final ShapeValidator validator;
    private final ClassHierarchy classes;
    private final TypeClosure types;
    private final ArticleReader reader = new ArticleReader();
    private final int threads;

    public ArticleLoader(Iris iris, Extractor extractor, ShapeValidator validator) {
        this(iris, extractor, validator, 1);
    }

    private ArticleLoader(Iris iris, Extractor extractor, ShapeValidator validator, int threads) {
        this.iris = iris;
        this.extractor = extractor;
        this.validator = validator;
        Model ontology = KnowledgeGraphs.ontology(iris);
        this.classes = new ClassHierarchy(ontology);
        this.types = new TypeClosure(ontology);
        this.threads = threads;
    }

    /** The loader with the standard extractor and the bundled shapes. */
    public static ArticleLoader standard(Iris iris) {
        return new ArticleLoader(iris, ExtractorFactory.standard(), new ShapeValidator(iris));
    }

    /**
     * This loader preparing articles on {@code threads} threads (at least 1). The output is
     * the same for any number of threads; more than one needs an extractor that is safe to
     * call from several threads at once.
     */
    public ArticleLoader withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        return new ArticleLoader(iris, extractor, validator, threads);
    }

    /**
     * Reads, extracts, builds and validates one article.
     *
     * @throws ArticleException when the file cannot be read or its graph does not conform;
     *                          the message names the file
     */
    public PreparedArticle prepare(ArticleSource.Entry entry) throws ArticleException {
        String source = entry.name();
        Article article = ArticleSource.read(reader, entry);
        Model graph;
        try {
            ArticleFacts facts = extractor.extract(article);
            graph = DateSpans.apply(types.apply(new FactGraphBuilder(iris).build(facts)));
        } catch (RuntimeException e) {
            String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e));
            throw (ArticleException) new ArticleException(source, "extraction failed (" + what + ")").initCause(e);
        }
        GraphReport report = validator.validate(graph);
        if (!report.conforms()) {
            int n = report.violations().size();
            throw new ArticleException(source, "graph does not conform to the shapes (" + n
                    + (n == 1 ? " violation" : " violations") + "); first: " + report.first().orElseThrow().oneLine());
        }
        NamedGraph named = new NamedGraph(iris.articleGraph(article.id()), graph);
        return new PreparedArticle(source, article, named, ArticleSummary.of(graph, classes));
    }

    /** An article prepared, or the reason it was not. */
    private record Prepared(PreparedArticle article, LoadFailure failure) {}

    private Prepared tryPrepare(ArticleSource.Entry entry) {
        try {
            return new Prepared(prepare(entry), null);
        } catch (ArticleException e) {
            return new Prepared(null, new LoadFailure(entry.name(), oneLine(e), e));
        }
    }

    /**
     * Loads {@code entries} into the store at {@code storeDir}, creating it if needed.
     *
     * @throws org.w3id.e2eekg.store.StoreException when the store cannot be opened or written;
     *                                              then nothing was written
     */
    public LoadResult load(Path storeDir, List<ArticleSource.Entry> entries, LoadListener listener) {
        return load(DestinationFactory.tdb2(storeDir, iris), entries, listener);
    }

    /**
     * Loads {@code entries} into {@code destination}: checks the destination, then prepares
     * the articles and writes the good ones as they come, and commits them together at the
     * end. A refused article sends nothing.
     *
     * @throws org.w3id.e2eekg.store.StoreException when the destination cannot be reached or
     *                                              written; then nothing of the load was written
     */
    public LoadResult load(LoadDestination destination, List<ArticleSource.Entry> entries, LoadListener listener) {
        destination.check();
        Run run = new Run(destination, entries.size(), listener);
        try (OrderedPipeline<ArticleSource.Entry, Prepared> pipeline =
                     new OrderedPipeline<>(threads, threads * WINDOW_PER_THREAD)) {
            pipeline.run(entries, this::tryPrepare, run::take);
            return run.finish();
        } finally {
            run.abandon();
        }
    }

    /** The state of one load on the writing thread: the session, once opened, and what happened so far. */
    private static final class Run {
        private final LoadDestination destination;
        private final int total;
        private final LoadListener listener;
        /** Graph name to the source that gave it, for the articles of this load. */
        private final Map<String, String> sources = new HashMap<>();
        private final List<LoadFailure> failures = new ArrayList<>();
        private LoadSession session;
        private long loaded;

        Run(LoadDestination destination, int total, LoadListener listener) {
            this.destination = destination;
            this.total = total;
            this.listener = listener;
        }

        void take(int index, ArticleSource.Entry entry, Prepared prepared) {
            listener.processed(index + 1, total, entry.name());
            if (prepared.failure() != null) {
                fail(prepared.failure());
            } else {
                write(prepared.article());
            }
        }

        private void write(PreparedArticle p) {
            String earlier = sources.putIfAbsent(p.graph().name(), p.source());
            if (earlier != null) {
                fail(p.source(), new ArticleException(p.source(), "article id '" + p.article().id()
                        + "' is also that of " + earlier + " in this load; rename one of the two files"));
                return;
            }
            if (session == null) {
                session = destination.open();
            }
            ArticleWrite w = session.write(p);
            if (w.kind() == ArticleWrite.Kind.REFUSED) {
                ArticleConflict c = w.conflict().orElseThrow();
                fail(p.source(), new ArticleException(p.source(), "article id '" + p.article().id()
                        + "' belongs to " + c.storedSource() + " in the store; not replaced (a load replaces only the "
                        + "article of the same file name); rename this file to load it beside that one"));
                return;
            }
            loaded++;
            listener.loaded(LoadedArticle.of(p, w.kind() == ArticleWrite.Kind.UNCHANGED));
        }

        private void fail(String source, ArticleException e) {
            fail(new LoadFailure(source, oneLine(e), e));
        }

        private void fail(LoadFailure f) {
            failures.add(f);
            listener.failed(f);
        }

        LoadResult finish() {
            Optional<Compaction> compaction = Optional.empty();
            if (session != null) {
                compaction = session.commit().compaction();
            }
            return new LoadResult(loaded, failures, compaction);
        }

        void abandon() {
            if (session != null) {
                session.close();
            }
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
