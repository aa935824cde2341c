package org.w3id.e2eekg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.e2eekg.fact.FactListing;
import org.w3id.e2eekg.fact.StanceFact;
import org.w3id.e2eekg.ingest.ArticleReader;

/**
 * One English construction per small article (see {@code constructions/SOURCE.md}): each
 * row of {@code constructions/expectations.tsv} says that a line starting so must be, or
 * must not be, in the article's {@link FactListing}; "unasserted" says that a stance line
 * starting so, if any, is below the confidence at which the loader asserts a stance. They pin down the rules that the
 * golden files only show in passing.
 */
class ConstructionsTest {
    private static Path folder;
    private static Extractor extractor;
    private static final Map<String, List<String>> listings = new HashMap<>();

    @BeforeAll
    static void setUp() throws URISyntaxException {
        folder = Path.of(ConstructionsTest.class.getResource("/constructions/expectations.tsv").toURI()).getParent();
        extractor = ExtractorFactory.standard();
    }

    @TestFactory
    Stream<DynamicTest> eachExpectationHolds() throws IOException {
        List<String> rows = Files.readAllLines(folder.resolve("expectations.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertFalse(rows.isEmpty());
        return rows.stream().map(row -> {
            String[] cells = row.split("\t", 3);
            String file = cells[0];
            boolean present = cells[1].equals("present");
            boolean unasserted = cells[1].equals("unasserted");
            String prefix = cells[2];
            return DynamicTest.dynamicTest(file + " " + cells[1] + " " + prefix.replace('\t', ' '), () -> {
                List<String> lines = listing(file);
                boolean found = lines.stream().anyMatch(l -> l.startsWith(prefix) && (!unasserted || asserted(l)));
                String shown = String.join("\n", lines);
                if (present) {
                    assertTrue(found, () -> file + " lacks a line starting '" + prefix + "':\n" + shown);
                } else {
                    assertFalse(found, () -> file + " has a line starting '" + prefix + "':\n" + shown);
                }
            });
        });
    }

    /** Whether a stance line is confident enough for the loader to assert it (its seventh field). */
    private static boolean asserted(String stanceLine) {
        return Double.parseDouble(stanceLine.split("\t")[6]) >= StanceFact.ASSERTED;
    }

    private static List<String> listing(String file) {
        return listings.computeIfAbsent(file, f -> {
            try {
                return FactListing.lines(extractor.extract(new ArticleReader().read(folder.resolve(f))));
            } catch (Exception e) {
                throw new IllegalStateException(f + ": " + e.getMessage(), e);
            }
        });
    }
}
