package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.ParameterizedSparqlString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.store.QueryResult;
import org.w3id.e2eekg.store.SearchIndex;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.TestArticles;

/**
 * Search over a real server and a real Lucene index (the store's {@code text-index}): an
 * actor is found by an alias and a sentence by a word in it, for the main article, then
 * for a second article loaded through the server's Graph Store endpoint (the index follows
 * the write at once), and after that article is replaced by a changed copy (its old
 * sentence is no longer found, its new one is). The same index answers {@code text:query} at
 * the SPARQL endpoint, and a store whose index folder is lost gets it rebuilt when opened.
 *
 * <p>Aliases and words are read from the loaded graphs, not written into the test.
 */
class SearchTest {
    @TempDir
    static Path dir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.writable(dir.resolve("store"), dir.resolve("backups"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void findsActorsByAliasAndSentencesByWordBeforeAndAfterASecondArticleAndAReplacement() throws IOException {
        String main = TestServer.IRIS.articleGraph("000-4633c21910299fa8");
        assertFindsAliasAndSentence(main);

        Path copy = Files.copy(TestArticles.file(TestArticles.DEV_01), dir.resolve(TestArticles.DEV_01));
        loadThroughServer(copy);
        String second = TestServer.IRIS.articleGraph("dev-01-facebook-backdoor-refusal");
        assertFindsAliasAndSentence(second);
        assertFindsAliasAndSentence(main);

        String word = rareWord(second);
        String text = Files.readString(copy, StandardCharsets.UTF_8);
        String replacement = "zyxquorvantly";
        Files.writeString(copy, text.replaceAll("(?i)\\b" + word + "\\b", replacement), StandardCharsets.UTF_8);
        loadThroughServer(copy);
        assertTrue(hits(word).stream().noneMatch(SearchTest::isSentence), "stale hits for '" + word + "' after the replacement");
        assertTrue(hits(replacement).stream().anyMatch(SearchTest::isSentence), "the replaced article's new word is not found");
        assertFindsAliasAndSentence(main);
    }

    @Test
    void theEndpointAnswersTextQuery() {
        Alias alias = aliases(TestServer.IRIS.articleGraph("000-4633c21910299fa8")).get(0);
        ParameterizedSparqlString sparql = new ParameterizedSparqlString("PREFIX text: <http://jena.apache.org/text#> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?s ?score WHERE { (?s ?score) text:query (skos:altLabel ?alias) }");
        sparql.setLiteral("alias", alias.alias());
        HttpResponse<String> r = server.query(sparql.toString(), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(alias.actor()), r.body());
    }

    @Test
    void theSearchPageEscapesWhatItIsGivenAndMarksWhatMatched() {
        HttpResponse<String> page = server.get("/search?q=" + URLEncoder.encode("<script>alert(1)</script> NSPCC", StandardCharsets.UTF_8),
                "text/html");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<script>alert"), "the query is escaped");
        assertTrue(page.body().contains("<mark>"), "matching words are marked");
        HttpResponse<String> lucene = server.get("/search?q=" + URLEncoder.encode("title:( \"unbalanced AND", StandardCharsets.UTF_8),
                "application/json");
        assertEquals(200, lucene.statusCode(), "Lucene's syntax is escaped, not an error: " + lucene.body());
    }

    @Test
    void aLostIndexIsRebuiltWhenTheStoreIsOpened(@TempDir Path other) throws IOException {
        Path store = other.resolve("store");
        assertEquals(0, Cli.run("load", "--store", store.toString(), TestArticles.file(TestArticles.DEV_01).toString()).exit());
        try (Stream<Path> files = Files.walk(store.resolve(SearchIndex.FOLDER))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "csv", "-q",
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'Facebook' }");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains(TestServer.IRIS.id("org/facebook")), r.toString());
    }

    // ------------------------------------------------------------------ helpers

    private static void loadThroughServer(Path article) {
        Cli.Result r = Cli.run("load", "--endpoint", server.base + KgServer.DATASET, "--endpoint-user", "admin", article.toString());
        assertEquals(0, r.exit(), r.toString());
    }

    /** An alias of an actor of {@code graph} and a rare word of one of its sentences are both found. */
    private static void assertFindsAliasAndSentence(String graph) {
        List<Alias> aliases = aliases(graph);
        assertFalse(aliases.isEmpty(), "no alias in " + graph);
        Alias alias = aliases.get(0);
        assertTrue(hits(alias.alias()).stream().anyMatch(h -> iri(h).equals(alias.actor())),
                alias + " not found by its alias");
        String word = rareWord(graph);
        List<JsonObject> hits = hits(word);
        assertTrue(hits.stream().anyMatch(h -> isSentence(h) && text(h).toLowerCase(Locale.ROOT).contains(word)
                        && h.getObj("article").getString("iri").equals(articleOf(graph))),
                "no sentence of " + graph + " found by '" + word + "': " + hits);
    }

    private record Alias(String actor, String alias) {}

    /** The actors of {@code graph} with an alias that is a single word of letters (not a label of theirs). */
    private static List<Alias> aliases(String graph) {
        List<Alias> out = new ArrayList<>();
        select("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?a ?alias { GRAPH ?graph { "
                + "?a skos:altLabel ?alias FILTER(REGEX(?alias, '^[A-Za-z]{4,}$')) } } ORDER BY ?alias", graph,
                row -> out.add(new Alias(row.get(0), row.get(1))));
        return out;
    }

    /** A word of five or more letters that occurs in exactly one sentence of the whole store, from {@code graph}. */
    private static String rareWord(String graph) {
        List<String> all = new ArrayList<>();
        select("PREFIX oa: <http://www.w3.org/ns/oa#> SELECT DISTINCT ?s { GRAPH ?graph { ?q oa:exact ?s } }", null,
                row -> all.add(row.get(0)));
        List<String> mine = new ArrayList<>();
        select("PREFIX oa: <http://www.w3.org/ns/oa#> SELECT DISTINCT ?s { GRAPH ?graph { ?q oa:exact ?s } } ORDER BY ?s", graph,
                row -> mine.add(row.get(0)));
        for (String sentence : mine) {
            for (String w : words(sentence)) {
                if (all.stream().filter(s -> words(s).contains(w)).count() == 1) {
                    return w;
                }
            }
        }
        throw new AssertionError("no rare word in " + graph);
    }

    private static Set<String> words(String sentence) {
        return Stream.of(sentence.toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> w.length() >= 5)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Runs {@code sparql} over the served store, with {@code ?graph} bound to {@code graph} unless null. */
    private static void select(String sparql, String graph, java.util.function.Consumer<List<String>> row) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(sparql);
        if (graph != null) {
            pss.setIri("graph", graph);
        }
        QueryResult r = server.store.query(pss.asQuery());
        ((QueryResult.Rows) r).rows().forEachRemaining(b -> {
            List<String> values = new ArrayList<>();
            b.varNames().forEachRemaining(v -> values.add(b.get(v).isLiteral() ? b.get(v).asLiteral().getLexicalForm()
                    : b.get(v).asResource().getURI()));
            row.accept(values);
        });
    }

    private static String articleOf(String graph) {
        return TestServer.IRIS.article(graph.substring(TestServer.IRIS.articleGraphPrefix().length()));
    }

    private static List<JsonObject> hits(String q) {
        HttpResponse<String> r = server.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : JSON.parse(r.body()).get("hits").getAsArray()) {
            out.add(v.getAsObject());
        }
        return out;
    }

    private static boolean isSentence(JsonObject hit) {
        return hit.hasKey("article");
    }

    private static String iri(JsonObject hit) {
        return hit.getString("iri");
    }

    private static String text(JsonObject hit) {
        return hit.getString("text");
    }
}
