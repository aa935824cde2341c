package org.w3id.e2eekg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.support.ArticleMutations;
import org.w3id.e2eekg.support.ArticleMutations.Mutation;
import org.w3id.e2eekg.support.LoadRecorder;
import org.w3id.e2eekg.support.TestArticles;
import org.w3id.e2eekg.validate.GraphReport;
import org.w3id.e2eekg.validate.ShapeValidator;

/**
 * Property of the loader: whatever it is given, it either loads facts that conform to the
 * shapes, or refuses the file with one line naming it (as {@code load} prints it), and then
 * the store holds exactly what it held before. The inputs are the test articles and the
 * saved page, damaged by one to three random {@link ArticleMutations}; every case has its
 * own seed, shown in its name, from which it is replayed. A refusal must be a reading
 * error, never a crash of the extraction, which the loader would report as "extraction
 * failed".
 *
 * <p>Bounded for CI: {@value #CASES} cases into one real TDB2 store, under a minute on two
 * cores. {@code -Dloader.properties.cases=N} runs more, {@code -Dloader.properties.seed=S}
 * starts from another seed.
 */
class LoaderPropertiesTest {
    static final int CASES = 36;
    private static final Iris IRIS = Iris.standard();

    @TempDir
    static Path tmp;

    private static Path store;
    private static List<byte[]> seeds;
    private static ArticleLoader loader;
    private static ShapeValidator validator;
    /** Cases loaded, cases refused. */
    private static final int[] outcomes = new int[2];

    @BeforeAll
    static void setUp() throws Exception {
        seeds = new ArrayList<>();
        for (Path p : TestArticles.all()) {
            seeds.add(Files.readAllBytes(p));
        }
        seeds.add(Files.readAllBytes(TestArticles.page(TestArticles.DEV_01_PAGE)));
        loader = ArticleLoader.standard(IRIS);
        validator = new ShapeValidator(IRIS);
        store = tmp.resolve("store");
        LoadResult r = loader.load(store, ArticleSource.expand(List.of()), LoadListener.NONE);
        assertTrue(r.allLoaded(), () -> r.failures().toString());
    }

    @TestFactory
    Stream<DynamicTest> aMutatedArticleLoadsShapeValidFactsOrIsRefusedLeavingTheStoreAsItWas() {
        int cases = Integer.getInteger("loader.properties.cases", CASES);
        long first = Long.getLong("loader.properties.seed", 20261205L);
        Stream<DynamicTest> generated = Stream.iterate(first, s -> s + 1).limit(cases).map(seed -> {
            Random random = new Random(seed);
            byte[] bytes = seeds.get(random.nextInt(seeds.size()));
            List<String> applied = new ArrayList<>();
            boolean html = false;
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                Mutation m = ArticleMutations.ALL.get(random.nextInt(ArticleMutations.ALL.size()));
                bytes = m.mutator().apply(bytes, random);
                applied.add(m.name());
                html |= m.html();
            }
            byte[] input = bytes;
            String fileName = html ? "mutant-page.html" : "mutant-text.txt";
            return DynamicTest.dynamicTest("seed " + seed + ": " + String.join(", ", applied), () -> check(fileName, input));
        });
        DynamicTest bothOutcomes = DynamicTest.dynamicTest("the cases both loaded and refused articles", () -> {
            assertTrue(outcomes[0] > 0, "no case loaded");
            assertTrue(outcomes[1] > 0, "no case was refused");
        });
        return Stream.concat(generated, Stream.of(bothOutcomes));
    }

    private static void check(String fileName, byte[] bytes) throws IOException {
        Path file = Files.write(tmp.resolve(fileName), bytes);
        StoreState before = StoreState.of(store);
        LoadRecorder heard = new LoadRecorder();
        LoadResult r = loader.load(DestinationFactory.tdb2(store, IRIS, false),
                List.of(new ArticleSource.Entry(file, null)), heard);
        if (r.loaded() == 0) {
            assertEquals(1, r.failures().size(), r.toString());
            String message = r.failures().get(0).message();
            assertTrue(message.startsWith(file + ": "), message);
            assertFalse(message.contains("\n") || message.contains("\r"), message);
            assertFalse(message.contains("extraction failed"), "the extraction crashed: " + message);
            assertEquals(before, StoreState.of(store), "a refused file leaves the store as it was: " + message);
            outcomes[1]++;
        } else {
            assertEquals(List.of(), r.failures());
            Model stored;
            try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
                stored = s.graph(heard.loaded().get(0).graph());
            }
            GraphReport report = validator.validate(stored);
            assertTrue(report.conforms(), () -> report.first().orElseThrow().oneLine());
            outcomes[0]++;
        }
    }

    /** What a store holds, compared without regard to order: its size and an order-free digest of its quads. */
    private record StoreState(long quads, long digest) {
        static StoreState of(Path dir) {
            try (KnowledgeStore s = KnowledgeStore.openExisting(dir, IRIS)) {
                return s.read(dsg -> {
                    long[] sum = new long[2];
                    dsg.find().forEachRemaining(q -> {
                        sum[0]++;
                        sum[1] += q.hashCode() * 31L + q.getGraph().hashCode();
                    });
                    return new StoreState(sum[0], sum[1]);
                });
            }
        }
    }
}
