package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.e2eekg.support.Cli;

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
        Path storeDir = TestServer.loadEveryTestArticle(dir.resolve("store"));
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
        String expected = Answers.ofResults(CLI_ANSWERS.get(name), query.hasOrderBy());
        assertTrue(expected.lines().count() > 1, name + " answers nothing on the test articles");
        assertEquals(expected, Answers.ofResults(r.body(), query.hasOrderBy()), name + ": the server and the command line differ");
        assertEquals(List.of(), log.errors(), "errors logged");
        assertEquals(0, log.stackTraces(), "stack traces logged");
    }

    @Test
    void theHtmlTableHasEveryRowToo() {
        HttpResponse<String> r = http.get("/queries/evidence", "text/html");
        assertEquals(200, r.statusCode());
        long rows = Answers.ofResults(CLI_ANSWERS.get("evidence"), false).lines().count() - 1;
        assertTrue(r.body().contains("<p>" + rows + " rows.</p>"), "expected " + rows + " rows");
        assertFalse(r.body().contains("<td></td><td></td>"), "no row lost its values");
    }
}
