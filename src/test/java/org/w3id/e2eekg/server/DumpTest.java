package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.e2eekg.export.DatasetExporter;
import org.w3id.e2eekg.export.ExportFormat;

/**
 * The dumps under load: 40 requests at once write the dump file once, not once each (the
 * store is read once), each answer is the whole dump or a 503 with {@code Retry-After}
 * (never a queue), every whole dump equals {@code export} of the store, and a write to the
 * store (a reload) gives the next request a new dump with a new ETag. Graph exports share
 * the same bound.
 */
class DumpTest {
    private static final int STREAMS = 2;

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(s -> s.withLimits(Limits.DEFAULT.withMaxDumpStreams(STREAMS)));

    @Test
    void fortyAtOnceReadTheStoreOnceAndGetTheWholeDumpOrRetryAfter() throws Exception {
        String expected = export(ExportFormat.TURTLE);
        int writtenBefore = SERVER.get().server.dumpsWritten();
        List<HttpResponse<String>> answers = concurrently(40, "/dump/e2ee-kg.ttl");
        int whole = 0;
        int busy = 0;
        for (HttpResponse<String> r : answers) {
            if (r.statusCode() == 200) {
                assertEquals(expected, r.body(), "the dump equals the export of the store");
                assertEquals(Long.toString(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                        r.headers().firstValue("Content-Length").orElse(""));
                whole++;
            } else {
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
                busy++;
            }
        }
        System.out.printf("40 concurrent dump requests: %d whole dumps, %d told to retry; dump files written: %d%n",
                whole, busy, SERVER.get().server.dumpsWritten() - writtenBefore);
        assertTrue(whole >= 1, "someone got the dump");
        assertTrue(busy >= 1, "more than " + STREAMS + " at once are turned away");
        assertEquals(writtenBefore + 1, SERVER.get().server.dumpsWritten(), "the store was read once");

        HttpResponse<String> again = SERVER.get().get("/dump/e2ee-kg.ttl", null);
        assertEquals(expected, again.body());
        assertEquals(writtenBefore + 1, SERVER.get().server.dumpsWritten(), "and the file is reused");
    }

    @Test
    void exportsShareTheBound() throws Exception {
        List<HttpResponse<String>> answers = concurrently(40, "/export/graphml");
        long whole = answers.stream().filter(r -> r.statusCode() == 200).count();
        long busy = answers.stream().filter(r -> r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent()).count();
        assertEquals(40, whole + busy, "each export is whole or told to retry");
        assertTrue(whole >= 1 && busy >= 1, whole + " exports, " + busy + " told to retry");
    }

    @Test
    void aWriteToTheStoreMakesANewDump() throws IOException {
        HttpResponse<String> before = SERVER.get().get("/dump/e2ee-kg.trig", null);
        assertEquals(200, before.statusCode());
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, SERVER.get().send(SERVER.get().request("/dump/e2ee-kg.trig").header("If-None-Match", etag).GET()).statusCode());

        Model extra = ModelFactory.createDefaultModel();
        extra.add(extra.createResource("urn:test:reloaded"), extra.createProperty("urn:test:p"), "new content");
        SERVER.get().store.replaceArticle(TestServer.IRIS.articleGraph("dump-test-extra"), extra);

        HttpResponse<String> after = SERVER.get().get("/dump/e2ee-kg.trig", null);
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow(), "a new version, a new tag");
        assertTrue(after.body().contains("urn:test:reloaded"), "the dump shows the write");
        assertEquals(export(ExportFormat.TRIG), after.body());
        assertEquals(200, SERVER.get().send(SERVER.get().request("/dump/e2ee-kg.trig").header("If-None-Match", etag).GET()).statusCode(),
                "the old tag no longer matches");
    }

    private static String export(ExportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        new DatasetExporter(TestServer.IRIS).write(SERVER.get().store.copy(), format, out);
        return out.toString();
    }

    private static List<HttpResponse<String>> concurrently(int n, String path) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(SERVER.get().sendAsync(SERVER.get().request(path).GET()));
        }
        List<HttpResponse<String>> out = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            out.add(c.get());
        }
        return out;
    }
}
