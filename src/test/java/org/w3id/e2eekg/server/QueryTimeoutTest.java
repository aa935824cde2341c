package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query timeout (1 s here) stops every query, and frees its thread: regular expressions
 * that backtrack catastrophically (in FILTER, in BIND, through {@code REPLACE} and
 * {@code fn:matches}, folded as constants while the plan is made), two at once, and a
 * cartesian product. A stopped query is answered 503 (or refused 422), or cut off when part of it had gone, never a 200 that
 * ends as if whole; and afterwards no server thread is still busy with it: the CPU time of
 * Jetty's threads is measured over a second after the answer.
 */
class QueryTimeoutTest {
    private static final AdminLogin LOGIN = new AdminLogin("admin", UUID.randomUUID().toString());
    /** A text on which {@code (.*a){12}$} backtracks for hours. */
    private static final String TEXT = "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"";
    private static final String EVIL = "\"(.*a){12}$\"";
    /** How long a stopped query may take, the 1 s timeout included, on a busy machine. */
    private static final long STOPPED_WITHIN_MILLIS = 10_000;

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(s -> s.withLimits(Limits.DEFAULT.withTimeout(Duration.ofSeconds(1))).withLogin(LOGIN, false));

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT ?x WHERE { BIND(" + TEXT + " AS ?x) FILTER(REGEX(?x, " + EVIL + ")) }",
            "SELECT ?y WHERE { BIND(" + TEXT + " AS ?x) BIND(REGEX(?x, " + EVIL + ") AS ?y) }",
            "SELECT ?y WHERE { BIND(" + TEXT + " AS ?x) BIND(REPLACE(?x, " + EVIL + ", \"b\") AS ?y) }",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?x WHERE { BIND(" + TEXT + " AS ?x) FILTER(fn:matches(?x, " + EVIL + ")) }",
            "ASK { FILTER(REGEX(" + TEXT + ", " + EVIL + ")) }",
            "SELECT ?s WHERE { ?s ?p ?o FILTER(REGEX(CONCAT(STR(?o), " + TEXT + "), " + EVIL + ", \"i\")) }",
            "SELECT (COUNT(?x) AS ?n) WHERE { BIND(" + TEXT + " AS ?x) FILTER EXISTS { FILTER(REGEX(?x, " + EVIL + ")) } }"})
    void aCatastrophicRegexIsStoppedByTheTimeoutAndItsThreadFreed(String query) throws InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = SERVER.get().query(query, "application/sparql-results+json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(millis < STOPPED_WITHIN_MILLIS, "answered after " + millis + " ms");
        System.out.printf("regex stopped after %d ms (timeout 1000 ms): %s%n", millis, query);
        assertNoServerThreadIsBusy();
    }

    @Test
    void twoAtOnceDoNotStopTheServer() throws Exception {
        String query = "SELECT ?x WHERE { BIND(" + TEXT + " AS ?x) FILTER(REGEX(?x, " + EVIL + ")) }";
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> SERVER.get().query(query, null));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> SERVER.get().query(query, null));
        long start = System.nanoTime();
        HttpResponse<String> meanwhile = SERVER.get().query("ASK { ?s ?p ?o }", null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, meanwhile.statusCode());
        assertTrue(millis < STOPPED_WITHIN_MILLIS, "a simple query waited " + millis + " ms");
        assertEquals(503, first.get().statusCode());
        assertEquals(503, second.get().statusCode());
        assertNoServerThreadIsBusy();
    }

    @Test
    void regexPropertyFunctionsAreRefused() {
        HttpResponse<String> r = SERVER.get().query("PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT ?w WHERE { BIND("
                + TEXT + " AS ?x) ?w apf:strSplit (?x " + EVIL + ") }", null);
        assertEquals(422, r.statusCode(), r.body());
    }

    @Test
    void theRegexFunctionsStillAnswerAsSparqlSays() {
        HttpResponse<String> r = SERVER.get().query("SELECT ?a ?b ?c ?d WHERE { BIND(REGEX(\"Abc\", \"^a\", \"i\") AS ?a) "
                + "BIND(REPLACE(\"abcb\", \"b\", \"X\") AS ?b) BIND(REPLACE(\"abc\"@en, \"x*\", \"-\") AS ?c) "
                + "BIND(REPLACE(\"a.b\", \".\", \"_\", \"q\") AS ?d) }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("a,b,c,d\r\ntrue,aXcX,-abc,a_b\r\n", r.body());
    }

    @Test
    void aLongCartesianProductIsStoppedNotTruncated() throws InterruptedException {
        String cartesian = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        String path = "/kg/sparql?query=" + URLEncoder.encode(cartesian, StandardCharsets.UTF_8);
        assertStoppedNotEnded(SERVER.get().request(path).header("Accept", "application/sparql-results+json").GET(),
                "over the anonymous budget");
        assertStoppedNotEnded(SERVER.get().request(path).header("Authorization", LOGIN.header()).GET(),
                "stopped by the timeout (or the heap-sized budget)");
        assertNoServerThreadIsBusy();
    }

    /**
     * The answer is refused (422) or stopped (503) when that is known before its first part
     * has gone, and otherwise cut off, so that the client sees an error: never a 200 that ends
     * as if whole (see {@link StreamedAnswer}).
     */
    private static void assertStoppedNotEnded(java.net.http.HttpRequest.Builder request, String why) {
        try {
            HttpResponse<String> r = SERVER.get().send(request);
            assertTrue(r.statusCode() == 503 || r.statusCode() == 422, why + ": " + r.statusCode());
        } catch (java.io.UncheckedIOException e) {
            assertTrue(e.getCause().getMessage().contains("chunked"), why + ": cut off, " + e);
        }
    }

    /** No Jetty thread uses more than a third of a core over the next second. */
    static void assertNoServerThreadIsBusy() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> before = serverThreadCpu(threads);
        Thread.sleep(1000);
        Map<Long, Long> after = serverThreadCpu(threads);
        long busiest = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            busiest = Math.max(busiest, e.getValue() - before.getOrDefault(e.getKey(), 0L));
        }
        assertTrue(busiest < 330_000_000L, "a server thread kept working: " + busiest / 1_000_000 + " ms of CPU in 1 s");
    }

    private static Map<Long, Long> serverThreadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("qtp")) {
                cpu.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }
}
