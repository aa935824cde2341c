package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.TestArticles;

/**
 * Every named query over HTTP ({@code /queries/NAME}) answers exactly what {@code e2ee-kg
 * query} answers at the command line, term for term (in order when the query orders), on a
 * freshly started server over a store holding every test article: the server's node cache
 * is cold, so values read after the read transaction would be lost. The answers are
 * computed by the command line first, since the server holds the store while it runs.
 * Nothing is logged at ERROR and no stack trace is logged on the way.
 */
class NamedQueriesOverHttpTest {
    private static final Path QUERIES = Path.of("queries");

    @TempDir
    static Path dir;

    private static final Map<String, String> CLI_ANSWERS = new TreeMap<>();
    private static TestServer http;
    private static LogCounter log;

    @BeforeAll
    static void start() throws IOException {
        Path storeDir = dir.resolve("store");
        List<String> load = new ArrayList<>(List.of("load", "--store", storeDir.toString()));
        TestArticles.all().forEach(a -> load.add(a.toString()));
        Cli.Result loaded = Cli.run(load.toArray(String[]::new));
        assertEquals(0, loaded.exit(), loaded.toString());
        for (String name : names()) {
            Cli.Result r = Cli.run("query", "--store", storeDir.toString(), "--format", "json", QUERIES.resolve(name + ".rq").toString());
            assertEquals(0, r.exit(), r.toString());
            CLI_ANSWERS.put(name, r.out());
        }
        http = TestServer.over(storeDir, ServerSettings.readOnly(0, dir.resolve("backups")));
        log = LogCounter.attach();
    }

    @AfterAll
    static void stop() {
        log.close();
        http.close();
    }

    static List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    @Test
    void thereAreThirteen() throws IOException {
        assertEquals(13, names().size(), names().toString());
    }

    @ParameterizedTest
    @MethodSource("names")
    void theServerAnswersAsTheCommandLine(String name) throws IOException {
        Query query = QueryFactory.create(Files.readString(QUERIES.resolve(name + ".rq")));
        HttpResponse<String> r = http.get("/queries/" + name, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSetRewindable expected = parse(CLI_ANSWERS.get(name));
        ResultSetRewindable actual = parse(r.body());
        assertTrue(expected.size() > 0, name + " answers nothing on the test articles");
        boolean same = query.hasOrderBy()
                ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                : ResultSetCompare.equalsByTerm(expected, actual);
        if (!same) {
            expected.reset();
            actual.reset();
            throw new AssertionError(name + ": the server and the command line differ\ncommand line:\n" + tsv(expected)
                    + "\nserver:\n" + tsv(actual));
        }
        assertEquals(List.of(), log.errors(), "errors logged");
        assertEquals(0, log.stackTraces(), "stack traces logged");
    }

    @Test
    void theHtmlTableHasEveryRowToo() {
        HttpResponse<String> r = http.get("/queries/evidence", "text/html");
        assertEquals(200, r.statusCode());
        long rows = parse(CLI_ANSWERS.get("evidence")).size();
        assertTrue(r.body().contains("<p>" + rows + " rows.</p>"), "expected " + rows + " rows");
        assertFalse(r.body().contains("<td></td><td></td>"), "no row lost its values");
    }

    private static ResultSetRewindable parse(String json) {
        return ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON).rewindable();
    }

    private static String tsv(ResultSetRewindable rs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
        return out.toString(StandardCharsets.UTF_8);
    }
}
