package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a request may cost, on a writable server with a 1 MB request limit and a budget of
 * 50 rows and 64 KB for anonymous answers: a chunked 50 MB body gets 413 (not 500) and the
 * server goes on; an answer over the budget is refused with 422 naming the limit, never
 * cut short, while the administrator is not held to it; {@code q=0} refuses a format.
 */
class LimitsTest {
    private static final AdminLogin LOGIN = new AdminLogin("admin", UUID.randomUUID().toString());
    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final int ROWS = 50;
    private static final String TRIPLE = "<urn:test:s> <urn:test:p> \"" + "x".repeat(40) + "\" .\n";

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(s -> s.withLogin(LOGIN, true)
            .withLimits(Limits.DEFAULT.withMaxRequestSize(1024 * 1024).withMaxResultRows(ROWS).withMaxResultBytes(64 * 1024)));

    @Test
    void aChunkedFiftyMegabyteBodyGets413() {
        assertRefused(SERVER.get().request("/kg/sparql").header("Content-Type", "application/sparql-query")
                .POST(chunked("SELECT * WHERE { ?s ?p ?o } #", "x", FIFTY_MB)));
        assertRefused(SERVER.get().request("/kg/data?graph=urn:test:big").header("Content-Type", "text/turtle")
                .header("Authorization", LOGIN.header()).POST(chunked("", TRIPLE, FIFTY_MB)));
        assertRefused(SERVER.get().request("/kg/update").header("Content-Type", "application/sparql-update")
                .header("Authorization", LOGIN.header()).POST(chunked("INSERT DATA { ", TRIPLE, FIFTY_MB)));
        assertEquals(200, SERVER.get().query("ASK { ?s ?p ?o }", null).statusCode(), "the server goes on");
        assertFalse(SERVER.get().query("ASK { GRAPH <urn:test:big> { ?s ?p ?o } }", "application/sparql-results+json").body()
                .contains("true"), "nothing was written");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        HttpResponse<String> r = SERVER.get().send(SERVER.get().request("/kg/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2 * 1024 * 1024))));
        assertEquals(413, r.statusCode());
    }

    @Test
    void anAnswerOverTheBudgetIsRefusedNotCut() {
        String all = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
        for (String accept : new String[] {"application/sparql-results+json", "text/csv", "application/sparql-results+xml"}) {
            HttpResponse<String> r = SERVER.get().query(all, accept);
            assertEquals(422, r.statusCode(), accept);
            assertTrue(r.body().contains("more than " + ROWS + " rows") && r.body().contains("LIMIT " + ROWS), r.body());
        }
        HttpResponse<String> paged = SERVER.get().query(all + " LIMIT " + ROWS + " OFFSET " + ROWS, "text/csv");
        assertEquals(200, paged.statusCode());
        assertEquals(ROWS + 1, paged.body().lines().count(), "a header and " + ROWS + " rows");
        HttpResponse<String> construct = SERVER.get().query("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle");
        assertEquals(422, construct.statusCode());
        HttpResponse<String> describe = SERVER.get().query("DESCRIBE ?s WHERE { ?s ?p ?o }", "text/turtle");
        assertEquals(422, describe.statusCode());
        HttpResponse<String> large = SERVER.get().query("SELECT ?big WHERE { ?s ?p ?o BIND(REPLACE(STR(?s), \".\", \""
                + "x".repeat(40) + "\") AS ?big) } LIMIT " + ROWS, "text/csv");
        assertEquals(422, large.statusCode(), "50 values of 2,000 characters are over the 64 KB budget");
        assertTrue(large.body().contains("characters"), large.body());
        HttpResponse<String> administrator = SERVER.get().send(SERVER.get().request("/kg/sparql?query=" + URLEncoder.encode(all, StandardCharsets.UTF_8))
                .header("Accept", "text/csv").header("Authorization", LOGIN.header()).GET());
        assertEquals(200, administrator.statusCode());
        assertTrue(administrator.body().lines().count() > ROWS + 1, "the administrator is not held to the anonymous budget");
    }

    @Test
    void aNamedQueryOverTheBudgetIsRefusedToo() {
        HttpResponse<String> r = SERVER.get().get("/queries/evidence", "text/csv");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("LIMIT"), r.body());
    }

    @Test
    void qZeroRefusesAFormat() {
        HttpResponse<String> refused = SERVER.get().get("/id/org/nspcc", "text/html;q=0");
        assertEquals(406, refused.statusCode());
        HttpResponse<String> other = SERVER.get().get("/id/org/nspcc", "text/html;q=0, */*;q=0.1");
        assertEquals(200, other.statusCode());
        assertFalse(TestServer.contentType(other).startsWith("text/html"), TestServer.contentType(other));
        HttpResponse<String> queries = SERVER.get().get("/queries", "text/html;q=0, application/json");
        assertTrue(TestServer.contentType(queries).startsWith("application/json"), TestServer.contentType(queries));
        HttpResponse<String> voidDescription = SERVER.get().get("/.well-known/void", "text/html;q=0");
        assertEquals(406, voidDescription.statusCode());
    }

    /**
     * A request whose body passes the limit is answered 413. The server stops reading there and
     * closes the connection, so a client still sending may see the connection reset before it
     * reads the answer (the race of HTTP/1.1 early responses): that counts as refused too, since
     * the test then checks that nothing was written and that the server goes on.
     */
    private static void assertRefused(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = SERVER.get().send(request);
            assertEquals(413, r.statusCode(), r.body());
        } catch (java.io.UncheckedIOException e) {
            String cause = String.valueOf(e.getCause());
            assertTrue(cause.contains("header parser received no bytes") || cause.contains("Connection reset")
                    || cause.contains("Broken pipe"), "refused by a closed connection, not another failure: " + cause);
        }
    }

    /** A body of {@code size} bytes of unknown length (sent chunked): {@code head}, then {@code line} again and again. */
    private static HttpRequest.BodyPublisher chunked(String head, String line, long size) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] repeated = line.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            private long sent;

            @Override
            public int read() {
                if (sent >= size) {
                    return -1;
                }
                long i = sent++;
                return i < start.length ? start[(int) i] : repeated[(int) ((i - start.length) % repeated.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - sent);
                for (int k = 0; k < n; k++) {
                    b[off + k] = (byte) read();
                }
                return n;
            }
        });
    }
}
