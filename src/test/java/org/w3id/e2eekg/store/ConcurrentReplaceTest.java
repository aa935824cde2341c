package org.w3id.e2eekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.load.ArticleLoader;
import org.w3id.e2eekg.load.PreparedArticle;
import org.w3id.e2eekg.support.TestArticles;

/**
 * Readers querying while articles are replaced see each article either entirely as it was
 * or entirely as it is after the write: never a graph half removed, half written, or two
 * versions at once. Two real articles, each in two versions of different size, are replaced
 * by one writer in random combinations while reader threads count every article graph's
 * triples and read its file digest.
 */
class ConcurrentReplaceTest {
    private static final Iris IRIS = Iris.standard();
    private static final int READERS = 8;
    private static final int WRITES = 24;
    private static final Query PER_GRAPH = QueryFactory.create("""
            PREFIX e2k: <https://w3id.org/e2ee-kg/ontology#>
            SELECT ?g ?sha (COUNT(*) AS ?triples)
            WHERE { GRAPH ?g { ?a e2k:sha256 ?sha . ?s ?p ?o } }
            GROUP BY ?g ?sha
            """);

    @TempDir
    Path tmp;

    /** One version of one article: the graph to write, its digest and its size. */
    private record Version(PreparedArticle article, String sha, long triples) {}

    private Version version(String article, String folder, String addition) throws Exception {
        Path file = Files.createDirectories(tmp.resolve(folder)).resolve(article);
        Files.writeString(file, Files.readString(TestArticles.file(article)) + addition);
        PreparedArticle p = ArticleLoader.standard(IRIS).prepare(new ArticleSource.Entry(file, null));
        return new Version(p, p.article().sha256(), p.graph().model().size());
    }

    @Test
    void everyAnswerShowsEachArticleEntirelyOldOrEntirelyNew() throws Exception {
        List<Version[]> articles = List.of(
                new Version[] {version(TestArticles.DEV_01, "a", ""),
                        version(TestArticles.DEV_01, "b", "\nThe NSPCC said it opposes end-to-end encryption.\n")},
                new Version[] {version(TestArticles.DEV_02, "a", ""),
                        version(TestArticles.DEV_02, "b", "\nBarnardo's said it supports the plan. Ofcom said so too.\n")});
        Map<String, Set<String>> allowed = new HashMap<>();
        for (Version[] versions : articles) {
            assertTrue(versions[0].triples() != versions[1].triples(), "the versions differ in size");
            for (Version v : versions) {
                allowed.computeIfAbsent(v.article().graph().name(), k -> new HashSet<>()).add(v.sha() + " " + v.triples());
            }
        }

        try (KnowledgeStore store = KnowledgeStore.openForLoading(tmp.resolve("store"), IRIS)) {
            store.replaceArticles(articles.stream().map(v -> v[0].article().graph()).toList());
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger answers = new AtomicInteger();
            Set<String> seen = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
            try {
                List<Future<?>> readers = new ArrayList<>();
                for (int i = 0; i < READERS; i++) {
                    readers.add(pool.submit(() -> {
                        do {
                            QueryResult.Rows rows = (QueryResult.Rows) store.query(PER_GRAPH);
                            int graphs = 0;
                            while (rows.rows().hasNext()) {
                                QuerySolution q = rows.rows().next();
                                String graph = q.getResource("g").getURI();
                                String state = q.getLiteral("sha").getString() + " " + q.getLiteral("triples").getLong();
                                assertTrue(allowed.get(graph).contains(state), graph + " seen as " + state);
                                seen.add(state);
                                graphs++;
                            }
                            assertEquals(articles.size(), graphs, "every article is there, once");
                            answers.incrementAndGet();
                        } while (writing.get());
                        return null;
                    }));
                }
                Future<?> writer = pool.submit(() -> {
                    Random random = new Random(7);
                    try {
                        for (int w = 0; w < WRITES; w++) {
                            store.replaceArticles(articles.stream().map(v -> v[random.nextInt(2)].article().graph()).toList());
                            // let some answers begin after this write, so every state is seen at least once
                            int after = answers.get() + READERS + 1;
                            while (answers.get() < after && readers.stream().noneMatch(Future::isDone)) {
                                Thread.sleep(1);
                            }
                        }
                    } finally {
                        writing.set(false);
                    }
                    return null;
                });
                writer.get(5, TimeUnit.MINUTES);
                for (Future<?> r : readers) {
                    r.get(1, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            assertTrue(answers.get() >= READERS, "the readers answered: " + answers.get());
            assertEquals(4, seen.size(), "both versions of both articles were seen: " + seen);
        }
    }
}
