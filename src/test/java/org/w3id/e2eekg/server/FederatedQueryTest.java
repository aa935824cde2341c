package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SERVICE} must not make the server connect out (server-side request forgery). A
 * plain TCP listener on a loopback port stands for an internal service and counts the
 * connections it gets: a default server must give it none, whatever form the query takes;
 * a server with {@code --allow-service} for that listener's prefix does connect (so the
 * listener does notice), and still refuses every other endpoint.
 */
class FederatedQueryTest {
    @TempDir
    static Path dir;

    private static Listener untouched;
    private static Listener internal;
    private static Listener other;
    private static TestServer closed;
    private static TestServer open;

    @BeforeAll
    static void start() throws IOException {
        untouched = new Listener();
        internal = new Listener();
        other = new Listener();
        closed = TestServer.start(dir.resolve("closed"), ServerSettings.readOnly(0, dir.resolve("b1")));
        open = TestServer.start(dir.resolve("open"), ServerSettings.readOnly(0, dir.resolve("b2"))
                .withServiceAllowList(List.of(internal.url() + "/")));
    }

    @AfterAll
    static void stop() throws IOException {
        closed.close();
        open.close();
        untouched.close();
        internal.close();
        other.close();
    }

    @Test
    void byDefaultNoFormOfServiceConnectsOut() {
        String target = untouched.url() + "/sparql";
        String self = closed.base + "/kg/sparql";
        List<String> queries = List.of(
                "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT <" + target + "> { ?s ?p ?o } }",
                "SELECT * WHERE { VALUES ?endpoint { <" + target + "> } SERVICE ?endpoint { ?s ?p ?o } }",
                "SELECT * WHERE { BIND(<" + target + "> AS ?endpoint) SERVICE SILENT ?endpoint { ?s ?p ?o } }",
                "ASK { ?a ?b ?c FILTER EXISTS { SERVICE <" + target + "> { ?s ?p ?o } } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <" + target + "> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE <" + self + "> { ?s ?p ?o } }");
        for (String q : queries) {
            HttpResponse<String> get = closed.query(q, "application/sparql-results+json");
            HttpResponse<String> post = closed.send(closed.request("/kg").header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(q)));
            for (HttpResponse<String> r : List.of(get, post)) {
                // refused whole, SILENT too, before anything runs (no call, no log line per row)
                assertEquals(422, r.statusCode(), q + " -> " + r.body());
                assertTrue(r.body().contains("federated query is off"), r.body());
            }
        }
        assertEquals(0, untouched.connections(), "the server connected out");
        assertEquals(200, closed.query("ASK { ?s ?p ?o }", null).statusCode(), "and it goes on answering");
    }

    @Test
    void anAllowListOpensServiceToItsPrefixesOnly() {
        HttpResponse<String> denied = open.query("SELECT * WHERE { SERVICE <" + other.url() + "/sparql> { ?s ?p ?o } }", null);
        assertEquals(422, denied.statusCode(), denied.body());
        HttpResponse<String> bound = open.query("SELECT * WHERE { VALUES ?e { <" + other.url() + "/sparql> } SERVICE ?e { ?s ?p ?o } }",
                null);
        assertEquals(422, bound.statusCode(), bound.body());
        HttpResponse<String> lookalike = open.query("SELECT * WHERE { SERVICE <" + internal.url() + ".example.org/sparql> { ?s ?p ?o } }",
                null);
        assertEquals(422, lookalike.statusCode(), lookalike.body());
        assertEquals(0, other.connections(), "an endpoint outside the allow-list was called");

        int before = internal.connections();
        HttpResponse<String> allowed = open.query("SELECT * WHERE { SERVICE <" + internal.url() + "/sparql> { ?s ?p ?o } }", null);
        assertTrue(allowed.statusCode() >= 500, "the listener is no SPARQL endpoint: " + allowed.statusCode());
        assertTrue(internal.connections() > before, "an allowed endpoint is called (the listener does see connections)");
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A TCP listener on a loopback port that accepts, counts and closes every connection. */
    private static final class Listener implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger accepted = new AtomicInteger();

        Listener() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(this::acceptAll, "ssrf-listener-" + socket.getLocalPort());
            t.setDaemon(true);
            t.start();
        }

        private void acceptAll() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    accepted.incrementAndGet();
                } catch (SocketException e) {
                    return;
                } catch (IOException e) {
                    // keep listening
                }
            }
        }

        String url() {
            return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
        }

        int connections() {
            return accepted.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
