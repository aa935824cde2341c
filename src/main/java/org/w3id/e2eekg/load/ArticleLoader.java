package org.w3id.e2eekg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.w3id.e2eekg.store.Compaction;
import org.w3id.e2eekg.store.NamedGraph;
import org.w3id.e2eekg.validate.GraphReport;
import org.w3id.e2eekg.validate.ShapeValidator;

/**
 * Loads articles into a store: read, extract, build (with the ontology's types materialised,
 * {@link TypeClosure}, and sortable dates, {@link DateSpans}) and validate every article first, in
 * memory; then write all the good ones together (into TDB2, in one write transaction). A
 * bad article (unreadable, failing extraction, or with a graph that does not conform to the
 * shapes) is reported and skipped; the store never holds part of an article, and when no
 * article is good the store is not even opened, so a failed load into a new directory
 * creates nothing. The store is a {@link LoadDestination}: a local TDB2 directory, or a
 * remote Graph Store Protocol endpoint, which gets the same graphs.
 *
 * <p>Trade-off: holding every graph in memory until the write bounds a load by memory, in
 * exchange for an all-or-nothing write; articles are a few hundred kilobytes of RDF each.
 *
 * <p>An article's graph is named by its id, a function of its file name ({@link
 * org.w3id.e2eekg.ingest.ArticleIds}). Two files of one load whose ids meet (the same name in
 * two folders, {@code page.html} and {@code page.txt}) are not both written: the later one is
 * refused, naming the earlier. The store refuses, in the write transaction itself, a graph
 * whose name belongs to an article loaded from another file; so a load replaces only the
 * articles of the files it was given.
 */
public final class ArticleLoader {
    private final Iris iris;
    private final Extractor extractor;
    private final ShapeValidator validator;
    private final ClassHierarchy classes;
    private final TypeClosure types;
    private final ArticleReader reader = new ArticleReader();

    public ArticleLoader(Iris iris, Extractor extractor, ShapeValidator validator) {
        this.iris = iris;
        this.extractor = extractor;
        this.validator = validator;
        Model ontology = KnowledgeGraphs.ontology(iris);
        this.classes = new ClassHierarchy(ontology);
        this.types = new TypeClosure(ontology);
    }

    /** The loader with the standard extractor and the bundled shapes. */
    public static ArticleLoader standard(Iris iris) {
        return new ArticleLoader(iris, ExtractorFactory.standard(), new ShapeValidator(iris));
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
     * Loads {@code entries} into {@code destination}: checks the destination, prepares every
     * article, then writes the good ones in one call. A refused article sends nothing.
     *
     * @throws org.w3id.e2eekg.store.StoreException when the destination cannot be reached or
     *                                              written
     */
    public LoadResult load(LoadDestination destination, List<ArticleSource.Entry> entries, LoadListener listener) {
        destination.check();
        Map<String, PreparedArticle> byGraph = new LinkedHashMap<>();
        List<LoadFailure> failures = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ArticleSource.Entry entry = entries.get(i);
            listener.preparing(i + 1, entries.size(), entry.name());
            try {
                PreparedArticle p = prepare(entry);
                PreparedArticle earlier = byGraph.putIfAbsent(p.graph().name(), p);
                if (earlier != null) {
                    throw new ArticleException(entry.name(), "article id '" + p.article().id() + "' is also that of "
                            + earlier.source() + " in this load; rename one of the two files");
                }
            } catch (ArticleException e) {
                fail(new LoadFailure(entry.name(), oneLine(e), e), failures, listener);
            }
        }
        Optional<Compaction> compaction = Optional.empty();
        if (!byGraph.isEmpty()) {
            WriteReport report = destination.write(byGraph.values().stream().map(PreparedArticle::graph).toList());
            for (ArticleConflict c : report.outcome().refused()) {
                PreparedArticle p = byGraph.remove(c.graph());
                ArticleException e = new ArticleException(p.source(), "article id '" + p.article().id()
                        + "' belongs to " + c.storedSource() + " in the store; not replaced (a load replaces only the "
                        + "article of the same file name); rename this file to load it beside that one");
                fail(new LoadFailure(p.source(), oneLine(e), e), failures, listener);
            }
            compaction = report.compaction();
        }
        return new LoadResult(new ArrayList<>(byGraph.values()), failures, compaction);
    }

    private static void fail(LoadFailure f, List<LoadFailure> failures, LoadListener listener) {
        failures.add(f);
        listener.failed(f);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
