package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.e2eekg.support.Cli;

/**
 * Named queries with parameters, over a real server on the main article: a value narrows
 * the answer to exactly the rows of the whole answer it selects, a value full of SPARQL
 * (quotes, braces, {@code } UNION {}) is only ever a value (no rows, or a 400 for an IRI
 * that is not one), and unknown or malformed parameters are refused with a 400 naming them.
 * The command line's {@code query --param} binds the same way.
 */
class NamedQueryParametersTest {
    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(s -> s);

    private static final String NSPCC = TestServer.IRIS.id("org/nspcc");

    private static List<JsonObject> rows(String path) {
        HttpResponse<String> r = SERVER.get().get(path, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : JSON.parse(r.body()).getObj("results").get("bindings").getAsArray()) {
            out.add(v.getAsObject());
        }
        return out;
    }

    private static String value(JsonObject row, String var) {
        return row.hasKey(var) ? row.getObj(var).getString("value") : "";
    }

    private static String encode(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    @Test
    void anActorNarrowsTheStancesToItsOwnRows() {
        List<JsonObject> all = rows("/queries/stances");
        List<JsonObject> expected = all.stream().filter(r -> value(r, "entity").equals(NSPCC)).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, rows("/queries/stances?actor=" + encode(NSPCC)));
        assertEquals(expected, rows("/queries/stances?actor=" + encode("id:org/nspcc")), "a prefixed name works too");
    }

    @Test
    void datesNarrowByTheArticlesDate() {
        List<JsonObject> all = rows("/queries/stances");
        assertEquals(all, rows("/queries/stances?from=2020-01-01&to=2020-12-31"), "the main article is of 2020-02-06");
        assertEquals(List.of(), rows("/queries/stances?from=2020-02-07"));
        assertEquals(List.of(), rows("/queries/stances?to=2020-02-05"));
    }

    @Test
    void aNameWithAQuoteFindsItsEntityAndNothingElse() {
        List<JsonObject> all = rows("/queries/entities");
        String name = all.stream().map(r -> value(r, "label")).filter(l -> l.contains("'")).findFirst().orElseThrow();
        List<JsonObject> expected = all.stream().filter(r -> value(r, "label").equals(name)).toList();
        assertEquals(expected, rows("/queries/entities?name=" + encode(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Barnardo's\" } UNION { ?entity ?p ?o } #",
            "\" || true || \"",
            "x\") } } UNION { SELECT * { ?s ?p ?o } } #",
            "'} UNION {?entity a ?top} #"})
    void aValueFullOfSparqlIsOnlyAValue(String hostile) {
        assertEquals(List.of(), rows("/queries/entities?name=" + encode(hostile)));
        assertEquals(List.of(), rows("/queries/entities?kind=" + encode(hostile)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<" + "https://w3id.org/e2ee-kg/id/org/nspcc> } UNION { ?s ?p ?o", "https://x.org/a b",
            "javascript:alert(1)", "id:org/nspcc> } UNION {", "not an iri"})
    void anIriThatIsNotOneIsRefused(String hostile) {
        HttpResponse<String> r = SERVER.get().get("/queries/stances?actor=" + encode(hostile), "application/sparql-results+json");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("parameter actor:"), r.body());
    }

    @Test
    void unknownAndMalformedParametersAreRefused() {
        HttpResponse<String> unknown = SERVER.get().get("/queries/stances?who=NSPCC", null);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("'who'") && unknown.body().contains("actor, from, to"), unknown.body());
        HttpResponse<String> date = SERVER.get().get("/queries/stances?from=" + encode("2020-01-01\" } UNION {"), null);
        assertEquals(400, date.statusCode());
        assertTrue(date.body().contains("not a date"), date.body());
        assertEquals(400, SERVER.get().get("/queries/stances?from=2020-01-01&from=2021-01-01", null).statusCode());
    }

    @Test
    void theCommandLineBindsParametersTheSameWay(@TempDir Path other) {
        Path store = other.resolve("store");
        assertEquals(0, Cli.run("load", "--store", store.toString()).exit());
        Cli.Result one = Cli.run("query", "--store", store.toString(), "--format", "csv", "--param", "actor=id:org/nspcc",
                "queries/stances.rq");
        assertEquals(0, one.exit(), one.toString());
        List<String> lines = one.out().lines().skip(1).toList();
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().allMatch(l -> l.startsWith(NSPCC + ",")), one.out());
        Cli.Result hostile = Cli.run("query", "--store", store.toString(), "--format", "csv", "--param",
                "name=Barnardo's\" } UNION { ?entity ?p ?o } #", "queries/entities.rq");
        assertEquals(0, hostile.exit(), hostile.toString());
        assertEquals(1, hostile.out().lines().count(), "the header only: " + hostile.out());
        Cli.Result unknown = Cli.run("query", "--store", store.toString(), "--param", "who=x", "queries/stances.rq");
        assertEquals(2, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("no parameter 'who'"), unknown.toString());
    }
}
