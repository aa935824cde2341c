package org.w3id.e2eekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.e2eekg.fact.FactListing;
import org.w3id.e2eekg.ingest.ArticleReader;
import org.w3id.e2eekg.support.Golden;
import org.w3id.e2eekg.support.TestArticles;

/**
 * Golden-file tests of extraction: for every test article, the facts the standard extractor
 * finds, as {@link FactListing} lines, must be exactly those in
 * {@code golden/facts/<article>.tsv}. A failure lists the lines missing and the lines not
 * expected, so a change in extraction shows as a change in facts.
 */
class ExtractionGoldenTest {
    private static Extractor extractor;

    @BeforeAll
    static void extractor() {
        extractor = ExtractorFactory.standard();
    }

    @TestFactory
    Stream<DynamicTest> eachArticleGivesItsGoldenFacts() {
        return TestArticles.all().stream().map(article -> DynamicTest.dynamicTest(name(article), () -> {
            List<String> actual = listing(article);
            Path golden = Golden.file("facts", name(article).replaceFirst("\\.txt$", ".tsv"));
            if (Golden.updating()) {
                Golden.write(golden, String.join("\n", actual) + "\n");
                return;
            }
            compare(golden, Golden.read(golden).lines().filter(l -> !l.isBlank()).toList(), actual);
        }));
    }

    @Test
    void extractionDoesNotDependOnWhatWasExtractedBefore() throws Exception {
        List<Path> articles = TestArticles.all();
        List<List<String>> forwards = new ArrayList<>();
        for (Path a : articles) {
            forwards.add(listing(a));
        }
        for (int i = articles.size() - 1; i >= 0; i--) {
            assertEquals(forwards.get(i), listing(articles.get(i)), name(articles.get(i)));
        }
    }

    @Test
    void everyArticleYieldsFactsOfEveryMainKind() throws Exception {
        for (Path a : TestArticles.all()) {
            List<String> lines = listing(a);
            for (String kind : List.of("actor", "stance", "document", "participant")) {
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(kind + "\t")), name(a) + " has no " + kind);
            }
        }
    }

    private static List<String> listing(Path article) throws Exception {
        return FactListing.lines(extractor.extract(new ArticleReader().read(article)));
    }

    private static String name(Path article) {
        return article.getFileName().toString();
    }

    private static void compare(Path golden, List<String> expected, List<String> actual) {
        Set<String> missing = new LinkedHashSet<>(expected);
        actual.forEach(missing::remove);
        Set<String> unexpected = new LinkedHashSet<>(actual);
        expected.forEach(unexpected::remove);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail(golden + " differs (rewrite with -D" + Golden.UPDATE + "=true after review)\n"
                    + "missing:\n  " + String.join("\n  ", missing) + "\nunexpected:\n  "
                    + String.join("\n  ", unexpected));
        }
        assertEquals(expected, actual, golden + ": same facts, different order");
    }
}
