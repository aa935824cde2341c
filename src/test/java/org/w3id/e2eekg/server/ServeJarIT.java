package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.store.KnowledgeStore;

/**
 * The README's main command, from the built jar, as a user runs it: {@code java -jar
 * target/e2ee-kg.jar serve} on a fresh store loads the bundled article and serves it; the
 * UI, a named query (read from inside the jar) and a resource answer; Ctrl-C stops it and
 * leaves the store whole; a second start over the loaded store serves at once. Prints the
 * time from launching the JVM to the first answered query, both ways.
 *
 * <p>Run by Maven's failsafe plugin after {@code package}.
 */
class ServeJarIT {
    private static final Pattern SERVING = Pattern.compile("^serving .* at (http://\\S+/)$");
    private static final String QUERY = "SELECT ?label WHERE { <https://w3id.org/e2ee-kg/id/org/nspcc> "
            + "<http://www.w3.org/2000/01/rdf-schema#label> ?label }";

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theMainCommandServesTheMainArticle() throws Exception {
        Path store = tmp.resolve("kg-store");

        Run fresh = serve(store);
        try {
            assertTrue(fresh.lines.get(0).contains("is empty: loading the bundled main article"), fresh.lines.toString());
            assertEquals(200, get(fresh.url + "queries/stances", "text/csv").statusCode(), "named queries from the jar");
            HttpResponse<String> ui = get(fresh.url, "text/html");
            assertEquals(200, ui.statusCode());
            assertTrue(ui.body().contains("Fuseki"), "the UI from the jar");
            assertTrue(ui.body().contains("e2k-ui-config"), "the UI with the project's configuration");
            HttpResponse<String> status = get(fresh.url + "$/server", "application/json");
            assertEquals(System.getProperty("jena.version"), org.apache.jena.atlas.json.JSON.parse(status.body()).getString("version"),
                    "the version the UI shows is Fuseki's, also from the shaded jar");
            assertEquals(200, get(fresh.url + "search?q=NSPCC", "application/json").statusCode(), "search from the jar");
            HttpResponse<String> nspcc = get(fresh.url + "id/org/nspcc", "text/turtle");
            assertEquals(200, nspcc.statusCode());
            assertTrue(nspcc.body().contains("National Society for the Prevention of Cruelty to Children"));
        } finally {
            fresh.stop();
        }
        assertFalse(fresh.process.isAlive());
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, Iris.standard())) {
            assertEquals(1, s.articleGraphNames().size(), "the store is whole after Ctrl-C");
        }

        Run loaded = serve(store);
        try {
            assertFalse(loaded.lines.stream().anyMatch(l -> l.contains("loading")), loaded.lines.toString());
        } finally {
            loaded.stop();
        }
        System.out.printf("serve startup, launch to first answered query: fresh store %d ms, loaded store %d ms%n",
                fresh.firstAnswerMillis, loaded.firstAnswerMillis);
        Files.writeString(Path.of("target", "serve-startup.txt"), "fresh-store-ms=" + fresh.firstAnswerMillis
                + "\nloaded-store-ms=" + loaded.firstAnswerMillis + "\n");
    }

    /** Launches the jar, waits for its "serving" line, then for the first answered query. */
    private Run serve(Path store) throws Exception {
        Path jar = Path.of(System.getProperty("e2eekg.jar", "target/e2ee-kg.jar"));
        assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--store", store.toString(), "--port", "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BlockingQueue<String> out = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    out.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        Run run = new Run(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (run.url == null) {
            String line = out.poll(1, TimeUnit.SECONDS);
            assertTrue(System.nanoTime() < deadline && (line != null || p.isAlive()), "no 'serving' line: " + run.lines);
            if (line != null) {
                run.lines.add(line);
                Matcher m = SERVING.matcher(line);
                if (m.matches()) {
                    run.url = m.group(1);
                }
            }
        }
        String q = run.url + "kg/sparql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8);
        while (true) {
            HttpResponse<String> r = get(q, "application/sparql-results+json");
            if (r.statusCode() == 200) {
                assertTrue(r.body().contains("National Society"), r.body());
                break;
            }
            assertTrue(System.nanoTime() < deadline, "no answer: " + r.statusCode());
            Thread.sleep(20);
        }
        run.firstAnswerMillis = (System.nanoTime() - start) / 1_000_000;
        return run;
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static final class Run {
        final Process process;
        final List<String> lines = new ArrayList<>();
        String url;
        long firstAnswerMillis;

        Run(Process process) {
            this.process = process;
        }

        /** Ctrl-C (SIGINT); SIGTERM only if the environment ignores SIGINT. */
        void stop() throws Exception {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                System.out.println("SIGINT was ignored here (a shell without job control?); stopping with SIGTERM");
                process.destroy();
                assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the server did not stop");
            }
        }
    }
}
