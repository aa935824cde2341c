package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes and administration, attacked through every spelling of their paths, on a real
 * server with a password and {@code --allow-update} and on a read-only one. Each target (the
 * administration servlets, the dataset's write endpoints, the dataset URL itself) is sent
 * under every spelling this test can make of its path (path parameters, percent-encoding of
 * letters, of {@code $}, of {@code /} and of {@code ;}, doubled slashes, {@code .} and
 * {@code ..} segments, a trailing slash, another letter case) and with its own method and
 * {@code HEAD}, {@code OPTIONS}, {@code GET} and an unknown method, without credentials and
 * with wrong ones. None may succeed; afterwards nothing was compacted, backed up, queued or
 * written. With the right credentials the plain spellings work.
 */
class AccessControlTest {
    private static final AdminLogin LOGIN = new AdminLogin("admin", UUID.randomUUID().toString());
    private static final AdminLogin WRONG = new AdminLogin("admin", "not-the-password");
    private static final String TRIPLE = "<urn:test:attack> <urn:test:p> \"written\" .";
    private static final String INSERT = "INSERT DATA { GRAPH <urn:test:attack> { " + TRIPLE + " } }";

    /** What an attacker wants to reach: method, path (with query string), content type, body. */
    private record Target(String method, String path, String query, String contentType, String body, boolean admin) {}

    private static final List<Target> TARGETS = List.of(
            new Target("POST", "/$/compact/kg", "", null, "", true),
            new Target("POST", "/$/backup/kg", "", null, "", true),
            new Target("GET", "/$/tasks", "", null, null, true),
            new Target("GET", "/$/backups-list", "", null, null, true),
            new Target("GET", "/$/datasets", "", null, null, true),
            new Target("POST", "/kg/update", "", "application/sparql-update", INSERT, false),
            new Target("POST", "/kg/update", "", "application/x-www-form-urlencoded", "update=" + encode(INSERT), false),
            new Target("POST", "/kg/upload", "", "text/turtle", TRIPLE, false),
            new Target("PUT", "/kg/data", "?graph=urn:test:attack", "text/turtle", TRIPLE, false),
            new Target("POST", "/kg/data", "?graph=urn:test:attack", "text/turtle", TRIPLE, false),
            new Target("DELETE", "/kg/data", "?graph=" + encode(TestServer.IRIS.ontologyGraph()), null, null, false),
            new Target("PUT", "/kg", "?graph=urn:test:attack", "text/turtle", TRIPLE, false),
            new Target("POST", "/kg", "", "application/sparql-update", INSERT, false),
            new Target("POST", "/kg", "", "application/x-www-form-urlencoded", "update=" + encode(INSERT), false),
            new Target("DELETE", "/kg", "?graph=" + encode(TestServer.IRIS.ontologyGraph()), null, null, false),
            new Target("GET", "/kg", "?update=" + encode(INSERT), null, null, false),
            new Target("POST", "/kg/sparql", "?update=" + encode(INSERT), "application/x-www-form-urlencoded", "", false));

    @TempDir
    static Path dir;

    private static TestServer writable;
    private static TestServer readOnly;

    @BeforeAll
    static void start() {
        writable = TestServer.start(dir.resolve("store"), ServerSettings.readOnly(0, dir.resolve("backups")).withLogin(LOGIN, true));
        readOnly = TestServer.start(dir.resolve("read-only"), ServerSettings.readOnly(0, dir.resolve("ro-backups")));
    }

    @AfterAll
    static void stop() {
        writable.close();
        readOnly.close();
    }

    @Test
    void noSpellingOfAWriteOrAdministrationPathGetsInWithoutTheLogin() throws IOException {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        long ontologyTriples = ontologySize(writable);
        String tasksBefore = tasks();
        for (Target target : TARGETS) {
            for (String spelling : spellings(target.path())) {
                for (String method : methods(target)) {
                    for (String authorization : new String[] {null, WRONG.header()}) {
                        HttpResponse<String> r = send(writable, method, spelling + target.query(), target, authorization);
                        sent++;
                        if (!refused(r, method, target)) {
                            failures.add(method + " " + spelling + target.query() + (authorization == null ? "" : " (wrong password)")
                                    + " -> " + r.statusCode() + " " + oneLine(r.body()));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + sent + " requests got in");
        assertTrue(sent > 1000, "the spellings were really tried: " + sent);
        assertNothingHappened(writable, dir.resolve("store"), dir.resolve("backups"), ontologyTriples);
        assertEquals(tasksBefore, tasks(), "no task was started (Fuseki's task list is shared by the servers of this JVM)");
    }

    private static String tasks() {
        HttpResponse<String> r = send(writable, "GET", "/$/tasks", TARGETS.get(2), LOGIN.header());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** No write and no administration exist: nothing answers but with a refusal, and no challenge. */
    @Test
    void aReadOnlyServerRefusesEverySpellingWhateverCredentialsAreSent() throws IOException {
        List<String> failures = new ArrayList<>();
        long ontologyTriples = ontologySize(readOnly);
        for (Target target : TARGETS) {
            for (String spelling : spellings(target.path())) {
                for (String method : methods(target)) {
                    for (String authorization : new String[] {null, LOGIN.header()}) {
                        HttpResponse<String> r;
                        try {
                            r = send(readOnly, method, spelling + target.query(), target, authorization);
                        } catch (RuntimeException e) {
                            failures.add(method + " " + spelling + target.query() + " -> " + e);
                            continue;
                        }
                        // no handler exists: the UI's static servlet answers OPTIONS and 501 for unknown methods
                        boolean refused = (refused(r, method, target) || r.statusCode() == 501 || method.equals("OPTIONS"))
                                && r.statusCode() != 401;
                        if (!refused) {
                            failures.add(method + " " + spelling + target.query() + " -> " + r.statusCode());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertNothingHappened(readOnly, dir.resolve("read-only"), dir.resolve("ro-backups"), ontologyTriples);
    }

    @Test
    void theAdministratorGetsInByThePlainPaths() {
        HttpResponse<String> anonymous = send(writable, "GET", "/$/tasks", TARGETS.get(2), null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"e2ee-kg\""),
                anonymous.headers().map().toString());
        HttpResponse<String> tasks = send(writable, "GET", "/$/tasks", TARGETS.get(2), LOGIN.header());
        assertEquals(200, tasks.statusCode(), tasks.body());
        String graph = "?graph=urn:test:admin";
        Target put = new Target("PUT", "/kg", graph, "text/turtle", "<urn:test:admin> <urn:test:p> 1 .", false);
        assertEquals(401, send(writable, "PUT", "/kg" + graph, put, null).statusCode(), "challenged, so that clients log in");
        HttpResponse<String> written = send(writable, "PUT", "/kg" + graph, put, LOGIN.header());
        assertTrue(written.statusCode() == 200 || written.statusCode() == 201 || written.statusCode() == 204,
                written.statusCode() + " " + written.body());
        assertEquals(200, writable.get("/kg" + graph, "text/turtle").statusCode(), "and anyone reads it");
        HttpResponse<String> deleted = send(writable, "DELETE", "/kg" + graph, put, LOGIN.header());
        assertTrue(deleted.statusCode() == 200 || deleted.statusCode() == 204, deleted.statusCode() + " " + deleted.body());
    }

    // ------------------------------------------------------------ spellings

    /** Every spelling of {@code path} this test makes; all of them name the same place, or none. */
    static Set<String> spellings(String path) {
        List<String> segments = List.of(path.substring(1).split("/"));
        Set<String> out = new LinkedHashSet<>();
        out.add(path);
        out.add(path + "/");
        out.add("/" + path);
        out.add(path + ";x");
        out.add(path + "%3Bx");
        out.add(path.toUpperCase(Locale.ROOT));
        out.add(path.replace("$", "%24"));
        out.add(path.replace("/", "%2F").replaceFirst("%2F", "/"));
        for (int i = 0; i < segments.size(); i++) {
            out.add(join(segments, i, s -> s + ";x"));
            out.add(join(segments, i, s -> s + ";jsessionid=1"));
            out.add(join(segments, i, s -> s + "%3Bx"));
            out.add(join(segments, i, AccessControlTest::encodeFirst));
            out.add(join(segments, i, s -> s.toUpperCase(Locale.ROOT)));
            out.add(join(segments, i, s -> s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1)));
            out.add(join(segments, i, s -> "." + "/" + s));
            out.add(join(segments, i, s -> "%2e/" + s));
            out.add(join(segments, i, s -> "zz/../" + s));
            out.add(join(segments, i, s -> "zz/%2e%2e/" + s));
            out.add(join(segments, i, s -> "/" + s));
            out.add(join(segments, i, s -> s + "/."));
            if (i > 0) {
                out.add(joinWith(segments, i, "%2F"));
                out.add(joinWith(segments, i, "%2f"));
                out.add(joinWith(segments, i, "/%2F"));
            }
        }
        return out;
    }

    private static String join(List<String> segments, int at, java.util.function.UnaryOperator<String> change) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            b.append('/').append(i == at ? change.apply(segments.get(i)) : segments.get(i));
        }
        return b.toString();
    }

    /** The segments joined by "/", except before segment {@code at}, where {@code separator} is used. */
    private static String joinWith(List<String> segments, int at, String separator) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            b.append(i == at ? separator : "/").append(segments.get(i));
        }
        return b.toString();
    }

    private static String encodeFirst(String segment) {
        return segment.isEmpty() ? segment : String.format("%%%02X", (int) segment.charAt(0)) + segment.substring(1);
    }

    private static List<String> methods(Target target) {
        return Stream.of(target.method(), "GET", "HEAD", "OPTIONS", "FOO", "PATCH").distinct().toList();
    }

    // ------------------------------------------------------------ judging

    /**
     * True when the request did nothing it should not: any request that could write (the
     * target's own method, PATCH and unknown methods) and any request to administration must
     * be refused with 4xx; a GET, HEAD or OPTIONS to a dataset URL may be answered (it reads).
     */
    private static boolean refused(HttpResponse<String> r, String method, Target target) {
        boolean clientError = r.statusCode() >= 400 && r.statusCode() < 500;
        boolean reads = Set.of("GET", "HEAD", "OPTIONS").contains(method) && !method.equals(target.method());
        if (target.admin() || !reads) {
            return clientError;
        }
        return r.statusCode() < 500;
    }

    private static void assertNothingHappened(TestServer server, Path store, Path backups, long ontologyTriples) throws IOException {
        HttpResponse<String> ask = server.query("ASK { { <urn:test:attack> ?p ?o } UNION { GRAPH <urn:test:attack> { ?s ?p ?o } } }",
                "application/sparql-results+json");
        assertTrue(ask.body().contains("\"boolean\" : false"), "nothing was written: " + ask.body());
        assertEquals(ontologyTriples, ontologySize(server), "nothing was deleted");
        try (Stream<Path> files = Files.list(store)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("Data-")).count(), "no compaction");
        }
        assertFalse(Files.exists(backups) && hasFiles(backups), "no backup");
    }

    private static boolean hasFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        }
    }

    private static long ontologySize(TestServer server) {
        return server.store.graph(TestServer.IRIS.ontologyGraph()).size();
    }

    // ------------------------------------------------------------ sending

    private static HttpResponse<String> send(TestServer server, String method, String pathAndQuery, Target target, String authorization) {
        HttpRequest.Builder b = server.request(pathAndQuery);
        boolean withBody = target.body() != null && method.equals(target.method());
        b.method(method, withBody ? HttpRequest.BodyPublishers.ofString(target.body()) : HttpRequest.BodyPublishers.noBody());
        if (withBody && target.contentType() != null) {
            b.header("Content-Type", target.contentType());
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            return server.send(b);
        } catch (java.io.UncheckedIOException e) {
            // the server answered an earlier request on this connection without reading its body and
            // closed it; like any HTTP client, try once more on a new connection
            return server.send(b);
        }
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 120 ? t.substring(0, 120) + "..." : t;
    }
}
