package org.w3id.e2eekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.e2eekg.fact.FactListing;
import org.w3id.e2eekg.ingest.Article;
import org.w3id.e2eekg.ingest.ArticleException;
import org.w3id.e2eekg.ingest.ArticleReader;

/**
 * {@link Extractor} says it is thread-safe: one extractor, shared by four threads that
 * extract every test article several times over in a shuffled order, gives each article the
 * listing a single thread gives it, to the byte.
 */
class ConcurrentExtractionTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 3;

    @Test
    void fourThreadsGiveTheListingsOfOne() throws Exception {
        Extractor extractor = ExtractorFactory.standard();
        Map<String, Article> articles = articles();
        assertTrue(articles.size() > 20, "test articles: " + articles.keySet());
        Map<String, List<String>> single = new LinkedHashMap<>();
        articles.forEach((name, article) -> single.put(name, FactListing.lines(extractor.extract(article))));

        List<String> work = new ArrayList<>();
        Random random = new Random(9);
        for (int round = 0; round < ROUNDS; round++) {
            List<String> order = new ArrayList<>(articles.keySet());
            Collections.shuffle(order, random);
            work.addAll(order);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (String name : work) {
                results.add(pool.submit(() -> FactListing.lines(extractor.extract(articles.get(name)))));
            }
            for (int i = 0; i < work.size(); i++) {
                String name = work.get(i);
                List<String> alone = single.get(name);
                List<String> beside = results.get(i).get(5, TimeUnit.MINUTES);
                assertEquals(alone, beside, () -> name + ": made beside other threads, the listing differs; only alone "
                        + only(alone, beside) + ", only beside others " + only(beside, alone));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> only(List<String> these, List<String> those) {
        return these.stream().filter(l -> !those.contains(l)).toList();
    }

    /** The test articles and the construction articles, by file name. */
    private static Map<String, Article> articles() throws IOException, URISyntaxException, ArticleException {
        ArticleReader reader = new ArticleReader();
        Map<String, Article> out = new LinkedHashMap<>();
        for (String folder : List.of("/articles", "/constructions")) {
            Path dir = Path.of(ConcurrentExtractionTest.class.getResource(folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.put(folder + "/" + p.getFileName(), reader.read(p));
                }
            }
        }
        return out;
    }
}
