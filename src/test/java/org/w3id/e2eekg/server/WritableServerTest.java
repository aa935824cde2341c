package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started with a password and {@code --allow-update}: writes and administration
 * need the login, queries do not; and a short query timeout stops an expensive query with
 * 503 while the server goes on answering.
 */
class WritableServerTest {
    /** Made up for this run: no password is written in the code or the repository. */
    private static final AdminLogin LOGIN = new AdminLogin("admin", UUID.randomUUID().toString());
    private static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    static Path dir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        ServerSettings settings = ServerSettings.readOnly(0, dir.resolve("backups"))
                .withLimits(Limits.DEFAULT.withTimeout(Duration.ofSeconds(1)))
                .withLogin(LOGIN, true);
        server = TestServer.start(dir.resolve("store"), settings);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUpdateNeedsTheLogin() {
        String insert = "INSERT DATA { GRAPH <urn:test:graph> { <urn:test:a> <urn:test:b> \"written\" } }";
        HttpResponse<String> anonymous = server.update(insert, null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="),
                anonymous.headers().toString());
        HttpResponse<String> wrong = server.update(insert, new AdminLogin("admin", "not-the-password").header());
        assertEquals(401, wrong.statusCode());
        for (String spelling : new String[] {"/kg/%75pdate", "/kg/./update", "/kg//update", "/kg/update/"}) {
            HttpResponse<String> sneaky = server.send(server.request(spelling).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(insert)));
            assertTrue(sneaky.statusCode() >= 400, spelling + ": " + sneaky.statusCode());
        }
        assertEquals("false", ask("<urn:test:a> ?p ?o"), "nothing was written");

        HttpResponse<String> ok = server.update(insert, LOGIN.header());
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertEquals("true", ask("<urn:test:a> <urn:test:b> \"written\""), "written, and seen in the union default graph");
    }

    @Test
    void graphStoreWritesNeedTheLogin() {
        HttpRequest.Builder put = server.request("/kg/data?graph=urn:test:gsp").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:x> <urn:test:y> <urn:test:z> ."));
        assertEquals(401, server.send(put).statusCode());
        HttpResponse<String> ok = server.send(server.request("/kg/data?graph=urn:test:gsp").header("Content-Type", "text/turtle")
                .header("Authorization", LOGIN.header())
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:x> <urn:test:y> <urn:test:z> .")));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 201 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertEquals(200, server.get("/kg/data?graph=urn:test:gsp", "text/turtle").statusCode(), "reads stay open");
    }

    @Test
    void administrationNeedsTheLogin() {
        assertEquals(401, server.get("/$/tasks", "application/json").statusCode());
        assertEquals(401, server.send(server.request("/$/compact/kg").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(401, server.get("/$/datasets", null).statusCode());
        HttpResponse<String> tasks = server.send(server.request("/$/tasks").header("Authorization", LOGIN.header()).GET());
        assertEquals(200, tasks.statusCode(), tasks.body());
    }

    @Test
    void aBackupIsWrittenForTheAdministrator() throws Exception {
        assertEquals(401, server.send(server.request("/$/backup/kg").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        HttpResponse<String> r = server.send(server.request("/$/backup/kg").header("Authorization", LOGIN.header())
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, r.statusCode(), r.body());
        Path backups = dir.resolve("backups");
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!hasBackup(backups)) {
            assertTrue(System.nanoTime() < deadline, "no backup written in " + backups);
            Thread.sleep(50);
        }
    }

    private static boolean hasBackup(Path backups) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(backups)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".nq.gz"));
        }
    }

    @Test
    void anExpensiveQueryIsStoppedAndTheServerGoesOn() {
        long start = System.nanoTime();
        HttpResponse<String> slow = server.query(EXPENSIVE, "application/sparql-results+json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, slow.statusCode(), slow.body());
        assertTrue(millis < 20_000, "stopped by the 1 s timeout, not run to the end: " + millis + " ms");
        assertEquals("true", ask("?s ?p ?o"), "the next query still answers");
    }

    private static String ask(String pattern) {
        HttpResponse<String> r = server.query("ASK { " + pattern + " }", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("\"boolean\" : true") ? "true" : "false";
    }
}
