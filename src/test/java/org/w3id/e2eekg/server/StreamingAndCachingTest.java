package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server's speed features, over HTTP: answers stream, whole with their length when
 * small, chunked when large, and cut off (never ended as if whole) when they fail after
 * their first part has gone; linked-data pages, named-query answers and dumps carry an
 * entity tag and a date of the store's version and are answered 304 until the store
 * changes; responses are compressed for clients that accept gzip.
 */
class StreamingAndCachingTest {
    /** Rows of the big graph: more than the budget, and far more than the stream buffer holds. */
    private static final int BIG = 4000;
    private static final int BUDGET = 3000;
    private static final String BIG_GRAPH = TestServer.IRIS.articleGraph("streaming-test-big");
    private static final String JSON_RESULTS = "application/sparql-results+json";

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(s -> s.withLimits(Limits.DEFAULT.withMaxResultRows(BUDGET)));

    @BeforeAll
    static void aBigGraph() {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < BIG; i++) {
            Resource r = m.createResource("urn:test:streaming:" + i);
            r.addProperty(m.createProperty("urn:test:p"), "row " + i + " " + "x".repeat(120));
        }
        SERVER.get().store.replaceArticle(BIG_GRAPH, m);
    }

    private static String rows(int limit) {
        return "SELECT ?s ?o WHERE { GRAPH <" + BIG_GRAPH + "> { ?s <urn:test:p> ?o } }" + (limit > 0 ? " LIMIT " + limit : "");
    }

    private static int bindings(String json) {
        JsonObject o = JSON.parse(json);
        return o.get("results").getAsObject().get("bindings").getAsArray().size();
    }

    @Test
    void aSmallAnswerIsSentWhole() {
        HttpResponse<String> r = SERVER.get().query(rows(10), JSON_RESULTS);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(10, bindings(r.body()));
        HttpResponse<String> named = SERVER.get().get("/queries/stances", "text/csv");
        assertEquals(200, named.statusCode());
        assertEquals(String.valueOf(named.body().getBytes(StandardCharsets.UTF_8).length),
                named.headers().firstValue("Content-Length").orElse("none"), "a small named answer goes with its length");
    }

    @Test
    void aLargeAnswerStreams() {
        HttpResponse<String> r = SERVER.get().query(rows(BUDGET), JSON_RESULTS);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().length() > StreamedAnswer.BUFFER, "larger than the buffer: " + r.body().length());
        assertFalse(r.headers().firstValue("Content-Length").isPresent(), "sent as it was made, without a length");
        assertEquals(BUDGET, bindings(r.body()), "and whole");
    }

    @Test
    void aLargeAnswerThatFailsAfterItsFirstPartIsCutNotEnded() {
        // past the buffer when the budget runs out: the client must not be handed a whole-looking answer
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> SERVER.get().query(rows(0), JSON_RESULTS));
        assertTrue(e.getCause() instanceof IOException, e.toString());
        assertEquals(200, SERVER.get().query("ASK {}", null).statusCode(), "the server goes on");
    }

    @Test
    void aNamedQueryAnswerStreamsToo() {
        HttpResponse<String> r = SERVER.get().get("/queries/evidence", JSON_RESULTS);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(bindings(r.body()) > 0);
    }

    @Test
    void aPageIsNotSentAgainUntilTheStoreChanges() {
        for (String path : new String[] {"/id/org/nspcc", "/queries/stances", "/dump/e2ee-kg.ttl"}) {
            HttpResponse<String> first = SERVER.get().get(path, null);
            assertEquals(200, first.statusCode(), path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String date = first.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<String> again = SERVER.get().send(SERVER.get().request(path).header("If-None-Match", etag).GET());
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
            HttpResponse<String> since = SERVER.get().send(SERVER.get().request(path).header("If-Modified-Since", date).GET());
            assertEquals(304, since.statusCode(), path + " by date");
        }
        HttpResponse<String> turtle = SERVER.get().get("/id/org/nspcc", "text/turtle");
        HttpResponse<String> html = SERVER.get().get("/id/org/nspcc", "text/html");
        assertNotEquals(turtle.headers().firstValue("ETag"), html.headers().firstValue("ETag"), "one tag per representation");
        assertEquals(200, SERVER.get().send(SERVER.get().request("/id/org/nspcc").header("Accept", "text/html")
                .header("If-None-Match", turtle.headers().firstValue("ETag").orElseThrow()).GET()).statusCode());
    }

    @Test
    void aWriteMakesEveryTagStale() {
        String path = "/queries/stances";
        String etag = SERVER.get().get(path, null).headers().firstValue("ETag").orElseThrow();
        Model extra = ModelFactory.createDefaultModel();
        extra.add(extra.createResource("urn:test:caching"), extra.createProperty("urn:test:p"), "a write");
        SERVER.get().store.replaceArticle(TestServer.IRIS.articleGraph("caching-test-extra"), extra);
        HttpResponse<String> after = SERVER.get().send(SERVER.get().request(path).header("If-None-Match", etag).GET());
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void responsesAreCompressedForClientsThatAcceptGzip() throws IOException {
        String path = "/kg/sparql?query=" + URLEncoder.encode(rows(500), StandardCharsets.UTF_8);
        HttpResponse<byte[]> gzip = SERVER.get().sendBytes(SERVER.get().request(path).header("Accept", JSON_RESULTS)
                .header("Accept-Encoding", "gzip").GET());
        assertEquals(200, gzip.statusCode());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse("none"));
        String unzipped;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(500, bindings(unzipped));
        assertTrue(gzip.body().length * 3 < unzipped.length(), "compressed: " + gzip.body().length + " of " + unzipped.length());
        HttpResponse<String> plain = SERVER.get().query(rows(500), JSON_RESULTS);
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), "not without Accept-Encoding");
    }
}
