package org.w3id.e2eekg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.e2eekg.extract.ExtractorFactory;
import org.w3id.e2eekg.graph.DateSpans;
import org.w3id.e2eekg.graph.FactGraphBuilder;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.KnowledgeGraphs;
import org.w3id.e2eekg.graph.TypeClosure;
import org.w3id.e2eekg.ingest.Article;
import org.w3id.e2eekg.ingest.ArticleReader;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.store.NamedGraph;

/**
 * Materialised RDFS types against an RDFS view, side by side on the same articles: two TDB2
 * stores, one whose article graphs carry every superclass type ({@link TypeClosure}, what
 * {@code load} writes), one with only the types the extraction states, queried through
 * Jena's RDFS view ({@link RDFSFactory}) over the union of its graphs. Prints the stores'
 * sizes on disk and the median time of each query (every named query, and two type
 * queries), after a warm-up, with the row counts so the answers can be compared.
 *
 * <p>Run by {@code scripts/bench-rdfs.sh}; arguments: a work folder, a folder of articles,
 * and how many times to run each query.
 */
public final class RdfsViewBench {
    private static final Iris IRIS = Iris.standard();
    private static final Map<String, String> TYPE_QUERIES = Map.of(
            "documents (?d a e2k:Document)", "PREFIX e2k: <https://w3id.org/e2ee-kg/ontology#> "
                    + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a e2k:Document }",
            "actors (?a a e2k:Actor)", "PREFIX e2k: <https://w3id.org/e2ee-kg/ontology#> "
                    + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a e2k:Actor }");

    private RdfsViewBench() {}

    public static void main(String[] args) throws IOException, org.w3id.e2eekg.ingest.ArticleException {
        Path work = Path.of(args[0]);
        Path articles = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        TypeClosure closure = new TypeClosure(KnowledgeGraphs.ontology(IRIS));
        List<NamedGraph> materialised = new ArrayList<>();
        List<NamedGraph> stated = new ArrayList<>();
        try (Stream<Path> files = Files.list(articles)) {
            for (Path f : files.sorted().toList()) {
                Article a = new ArticleReader().read(f);
                Model graph = DateSpans.apply(new FactGraphBuilder(IRIS).build(ExtractorFactory.standard().extract(a)));
                stated.add(new NamedGraph(IRIS.articleGraph(a.id()), graph));
                Model withTypes = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(graph);
                materialised.add(new NamedGraph(IRIS.articleGraph(a.id()), closure.apply(withTypes)));
            }
        }
        Path storeM = work.resolve("materialised");
        Path storeV = work.resolve("view");
        write(storeM, materialised);
        write(storeV, stated);
        System.out.printf("articles: %d; quads: materialised %d, stated only %d%n", materialised.size(),
                quads(storeM), quads(storeV));
        System.out.printf("store on disk (du -sk, TDB2 only): materialised %d KB, stated only %d KB%n",
                du(storeM), du(storeV));

        Map<String, String> queries = new LinkedHashMap<>(TYPE_QUERIES);
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            files.filter(p -> p.toString().endsWith(".rq")).sorted()
                    .forEach(p -> queries.put(p.getFileName().toString(), read(p)));
        }
        System.out.printf("%-32s %14s %14s %8s %8s%n", "query", "materialised", "RDFS view", "rows M", "rows V");
        double totalM = 0;
        double totalV = 0;
        try (KnowledgeStore m = KnowledgeStore.openExisting(storeM, IRIS);
             KnowledgeStore v = KnowledgeStore.openExisting(storeV, IRIS)) {
            DatasetGraph dsgM = m.datasetGraph();
            DatasetGraph dsgV = v.datasetGraph();
            dsgM.getContext().set(TDB2.symUnionDefaultGraph, true);
            for (Map.Entry<String, String> q : queries.entrySet()) {
                Query query = QueryFactory.create(q.getValue());
                double[] tm = time(runs, () -> countRows(dsgM, query));
                double[] tv = time(runs, () -> Txn.calculateRead(dsgV, () -> {
                    Graph view = RDFSFactory.graphRDFS(dsgV.getUnionGraph(), RDFSFactory.setupRDFS(
                            dsgV.getGraph(org.apache.jena.graph.NodeFactory.createURI(IRIS.ontologyGraph()))));
                    return rows(DatasetGraphFactory.wrap(view), query);
                }));
                totalM += tm[0];
                totalV += tv[0];
                System.out.printf("%-32s %11.1f ms %11.1f ms %8d %8d%n", q.getKey(), tm[0], tv[0], (long) tm[1], (long) tv[1]);
            }
        }
        System.out.printf("%-32s %11.1f ms %11.1f ms%n", "total", totalM, totalV);
    }

    private static void write(Path dir, List<NamedGraph> graphs) {
        try (KnowledgeStore s = KnowledgeStore.openForLoading(dir, IRIS)) {
            s.replaceArticles(graphs);
        }
    }

    private static long quads(Path dir) {
        try (KnowledgeStore s = KnowledgeStore.openExisting(dir, IRIS)) {
            return s.quadCount();
        }
    }

    private static long du(Path dir) throws IOException {
        Process p = new ProcessBuilder("du", "-sk", "--exclude=text-index", dir.toString()).start();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Long.parseLong(new String(p.getInputStream().readAllBytes()).split("\\s+")[0]);
    }

    private static long countRows(DatasetGraph dsg, Query query) {
        return Txn.calculateRead(dsg, () -> rows(dsg, query));
    }

    private static long rows(DatasetGraph dsg, Query query) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rows = qe.select();
            long n = 0;
            for (; rows.hasNext(); rows.next()) {
                n++;
            }
            return n;
        }
    }

    /** Median milliseconds over {@code runs} runs after one warm-up, and the row count. */
    private static double[] time(int runs, java.util.function.LongSupplier task) {
        long rows = task.getAsLong();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            task.getAsLong();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], rows};
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
