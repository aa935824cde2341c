package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.Golden;
import org.w3id.e2eekg.support.TestArticles;

/**
 * One test per named query in {@code queries/}: each has a title, runs through
 * {@code e2ee-kg query --format json} against a TDB2 store holding every test article, answers
 * with at least one row, and answers exactly the reviewed rows in
 * {@code golden/queries/<name>.tsv} (in order when the query orders its rows). Rows are
 * compared term by term, so a changed label, datatype or IRI fails.
 */
class NamedQueriesTest {
    private static final Path QUERIES = Path.of("queries");

    @TempDir
    static Path shared;

    private static Path store;

    @BeforeAll
    static void load() {
        store = shared.resolve("store");
        List<String> args = new ArrayList<>(List.of("load", "--store", store.toString()));
        TestArticles.all().forEach(a -> args.add(a.toString()));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.toString());
    }

    @TestFactory
    Stream<DynamicTest> eachNamedQueryGivesItsGoldenAnswer() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(QUERIES)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no named queries in " + QUERIES.toAbsolutePath());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("# Title: ")), file + " has no '# Title:' line");
        Query query = QueryFactory.create(text);
        assertTrue(query.isSelectType(), file + " is not a SELECT query");

        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "json", file.toString());
        assertEquals(0, r.exit(), r.toString());
        ResultSetRewindable actual = ResultSetMgr.read(
                new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON).rewindable();
        assertTrue(actual.size() > 0, file + " answers nothing on the test articles");

        String name = file.getFileName().toString().replaceFirst("\\.rq$", ".tsv");
        Path golden = Golden.file("queries", name);
        actual.reset();
        if (Golden.updating()) {
            ByteArrayOutputStream tsv = new ByteArrayOutputStream();
            ResultSetMgr.write(tsv, actual, ResultSetLang.RS_TSV);
            Golden.write(golden, tsv.toString(StandardCharsets.UTF_8));
            return;
        }
        ResultSetRewindable expected = ResultSetMgr.read(
                new ByteArrayInputStream(Golden.read(golden).getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_TSV).rewindable();
        boolean same = query.hasOrderBy()
                ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                : ResultSetCompare.equalsByTerm(expected, actual);
        if (!same) {
            expected.reset();
            actual.reset();
            throw new AssertionError(file + " answers differ from " + golden + " (rewrite with -D" + Golden.UPDATE
                    + "=true after review)\nexpected:\n" + text(expected) + "\nactual:\n" + text(actual));
        }
    }

    private static String text(ResultSetRewindable rs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
        return out.toString(StandardCharsets.UTF_8);
    }
}
