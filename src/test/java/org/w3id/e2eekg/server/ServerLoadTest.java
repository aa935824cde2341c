package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under load: {@value #DEFAULT_CLIENTS} clients at once, for a few seconds,
 * each sending a random mix of the 13 named queries, ad-hoc SPARQL (GET and POST, SELECT,
 * ASK, CONSTRUCT) and a linked data page, over a store of every test article. Every answer
 * must be 200 and equal, term for term, to the answer the same request got from the quiet
 * server before the load: zero errors, zero incomplete answers, and no error in the log.
 *
 * <p>Short in the suite; longer with
 * {@code mvn -B verify -Dtest=ServerLoadTest -De2eekg.loadtest.seconds=60 -De2eekg.loadtest.clients=32}.
 * The numbers go to standard output and {@code target/server-load-test.txt}.
 */
class ServerLoadTest {
    static final int DEFAULT_CLIENTS = 32;
    private static final int CLIENTS = Integer.getInteger("e2eekg.loadtest.clients", DEFAULT_CLIENTS);
    private static final int SECONDS = Integer.getInteger("e2eekg.loadtest.seconds", 3);
    private static final String RESULTS = "application/sparql-results+json";

    /** One kind of request and the answer it must always get, in comparable form. */
    private record Probe(String name, String method, String path, String body, String accept) {}

    @TempDir
    static Path dir;

    private static TestServer server;
    private static LogCounter log;
    private static final List<Probe> PROBES = new ArrayList<>();
    private static final Map<Probe, String> EXPECTED = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        Path store = TestServer.loadEveryTestArticle(dir.resolve("store"));
        server = TestServer.over(store, ServerSettings.readOnly(0, dir.resolve("backups")));
        for (String name : NamedQueriesOverHttpTest.names()) {
            PROBES.add(new Probe("named " + name, "GET", "/queries/" + name, null, RESULTS));
        }
        adHoc("count", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", RESULTS);
        adHoc("labels", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?label WHERE { ?s rdfs:label ?label } "
                + "ORDER BY ?s ?label LIMIT 300", RESULTS);
        adHoc("ask", "ASK { ?s a <https://w3id.org/e2ee-kg/ontology#Organisation> }", RESULTS);
        adHoc("construct", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT { ?s rdfs:label ?l } WHERE { "
                + "?s a <https://w3id.org/e2ee-kg/ontology#Organisation> ; rdfs:label ?l }", "application/n-triples");
        adHoc("graphs", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", "text/csv");
        PROBES.add(new Probe("page", "GET", "/id/org/nspcc", null, "application/n-triples"));
        for (Probe p : PROBES) {
            HttpResponse<String> r = send(p);
            assertEquals(200, r.statusCode(), p + ": " + r.body());
            EXPECTED.put(p, comparable(p, r.body()));
        }
        log = LogCounter.attach();
    }

    /** The query by GET at /kg/sparql and by form POST at /kg: two probes. */
    private static void adHoc(String name, String query, String accept) {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        PROBES.add(new Probe(name + " (GET)", "GET", "/kg/sparql?query=" + encoded, null, accept));
        PROBES.add(new Probe(name + " (POST)", "POST", "/kg", "query=" + encoded, accept));
    }

    @AfterAll
    static void stop() {
        if (log != null) {
            log.close();
        }
        server.close();
    }

    @Test
    void manyClientsGetOnlyCompleteAnswers() throws Exception {
        AtomicLong requests = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < end && failures.size() < 20) {
                    Probe p = PROBES.get(ThreadLocalRandom.current().nextInt(PROBES.size()));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = send(p);
                        latencies.add(System.nanoTime() - t0);
                        if (r.statusCode() != 200) {
                            failures.add(p.name() + ": HTTP " + r.statusCode() + " " + r.body());
                        } else if (!EXPECTED.get(p).equals(comparable(p, r.body()))) {
                            failures.add(p.name() + ": an answer differs from the quiet server's");
                        }
                    } catch (RuntimeException e) {
                        failures.add(p.name() + ": " + e);
                    }
                    requests.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        String report = report(requests.get(), seconds, latencies);
        System.out.println(report);
        Files.writeString(Path.of("target", "server-load-test.txt"), report + "\n");
        assertEquals(List.of(), List.copyOf(failures), "errors or incomplete answers under load");
        assertTrue(requests.get() >= CLIENTS, "the clients ran: " + requests.get());
        assertEquals(List.of(), log.errors(), "errors logged under load");
    }

    private static String report(long requests, double seconds, List<Long> latencies) {
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        Collections.sort(sorted);
        return String.format("server load test: %d clients, %.1f s, %d requests (%.0f/s), latency ms p50 %.1f p95 %.1f max %.1f, "
                        + "%d probes (13 named queries, ad-hoc SELECT/ASK/CONSTRUCT by GET and POST, a page), 0 errors",
                CLIENTS, seconds, requests, requests / seconds, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 1.0), PROBES.size());
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    private static HttpResponse<String> send(Probe p) {
        HttpRequest.Builder b = server.request(p.path()).header("Accept", p.accept());
        if (p.method().equals("POST")) {
            b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(p.body()));
        }
        return server.send(b);
    }

    /** An answer in a form that is equal for equal answers. */
    private static String comparable(Probe p, String body) {
        return switch (p.accept()) {
            case "application/n-triples" -> Answers.ofNTriples(body);
            case RESULTS -> Answers.ofResults(body, p.path().contains("ORDER"));
            default -> Answers.ofLines(body);
        };
    }
}
