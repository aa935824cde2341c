package org.w3id.e2eekg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of the README's usage sections ({@value #SECTIONS}), run as a user of a fresh
 * clone would, after the build: in a folder that holds only the shaded jar (at
 * {@code target/e2ee-kg.jar}), {@code queries/} and the test articles and pages, each
 * {@code java -jar} line in the order the README gives them, through {@code bash}; then the
 * README's {@code serve} on a free port in place of 3030, and each {@code curl} line against
 * it (with {@code --fail}, so an HTTP error fails). Every command must exit 0. Build lines
 * ({@code mvn ...}) and synopses ({@code serve [--port 3030]}) are not run.
 */
class ReadmeCommandsIT {
    private static final Set<String> SECTIONS = Set.of("Quick start", "Command line", "Serving", "Named queries");
    private static final String JAR = "java -jar target/e2ee-kg.jar";

    @TempDir
    Path work;

    /** The indented command lines of the usage sections, in order. */
    static List<String> commands() throws IOException {
        List<String> out = new ArrayList<>();
        String section = "";
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (SECTIONS.contains(section) && line.startsWith("    ")
                    && (line.strip().startsWith(JAR) || line.strip().startsWith("curl "))) {
                out.add(line.strip());
            }
        }
        return out;
    }

    @Test
    void everyUsageCommandRunsFromAFreshClone() throws Exception {
        Path jar = Path.of(System.getProperty("e2eekg.jar", "target/e2ee-kg.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
        Files.createDirectories(work.resolve("target"));
        Files.createSymbolicLink(work.resolve("target/e2ee-kg.jar"), jar);
        copy(Path.of("queries"), work.resolve("queries"));
        copy(Path.of("src/test/resources/articles"), work.resolve("src/test/resources/articles"));
        copy(Path.of("src/test/resources/pages"), work.resolve("src/test/resources/pages"));

        List<String> commands = commands();
        assertTrue(commands.size() > 20, commands.toString());
        List<String> curls = new ArrayList<>();
        boolean serves = false;
        for (String c : commands) {
            if (c.startsWith("curl ")) {
                curls.add(c);
            } else if (c.startsWith(JAR + " serve")) {
                serves |= !c.contains("[");
            } else {
                run(c);
            }
        }
        assertTrue(serves, "the README's main command, serve, is there");
        assertFalse(curls.isEmpty());
        int port = freePort();
        Process server = new ProcessBuilder("bash", "-c", "exec " + JAR + " serve --port " + port).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile()).start();
        try {
            awaitServer(port, server);
            for (String c : curls) {
                run(c.replace("curl -s", "curl -sS --fail").replace(":3030/", ":" + port + "/"));
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void run(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), command);
        assertEquals(0, p.exitValue(), command + "\n" + output);
    }

    private static void awaitServer(int port, Process server) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "serve stopped");
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve did not answer on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
