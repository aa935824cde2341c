package org.w3id.e2eekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleReader;
import org.w3id.e2eekg.store.Credentials;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.TestArticles;

/**
 * {@code e2ee-kg load --endpoint URL}: the graphs a local load writes, sent to a separately
 * started Fuseki over the Graph Store Protocol, and read back from it over HTTP.
 */
class EndpointLoadTest {
    private static final Iris IRIS = Iris.standard();
    private static final String USER = "loader";

    /** The graphs a local TDB2 load of DEV_01 and DEV_02 writes, by name. */
    private static Map<String, Model> local;

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private final List<FusekiServer> servers = new ArrayList<>();

    @BeforeAll
    static void loadLocally() {
        Path store = shared.resolve("local");
        Cli.Result r = Cli.run("load", "--store", store.toString(),
                TestArticles.file(TestArticles.DEV_01).toString(), TestArticles.file(TestArticles.DEV_02).toString());
        assertEquals(0, r.exit(), r.toString());
        local = graphsOf(store);
    }

    @AfterEach
    void stopServers() {
        servers.forEach(FusekiServer::stop);
    }

    private static Map<String, Model> graphsOf(Path store) {
        Map<String, Model> out = new TreeMap<>();
        try (KnowledgeStore s = KnowledgeStore.openExisting(store, IRIS)) {
            for (String name : s.graphNames()) {
                out.put(name, s.graph(name));
            }
        }
        return out;
    }

    /** A Fuseki with one empty in-memory dataset at /ds that takes GSP writes; returns its URL. */
    private String startFuseki() {
        FusekiServer server = FusekiServer.create().port(0)
                .add("/ds", DatasetGraphFactory.createTxnMem(), true)
                .add("/read-only", DatasetGraphFactory.createTxnMem(), false)
                .addServlet("/broken/*", new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        resp.sendError(500);
                    }
                })
                .build().start();
        servers.add(server);
        return "http://localhost:" + server.getHttpPort();
    }

    /** Every named graph of the remote dataset, fetched over HTTP. */
    private static Map<String, Model> remoteGraphs(String datasetUrl) {
        Map<String, Model> out = new TreeMap<>();
        try (RDFConnection conn = RDFConnection.connect(datasetUrl)) {
            List<String> names = new ArrayList<>();
            conn.querySelect("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", row -> names.add(row.getResource("g").getURI()));
            for (String name : names) {
                out.put(name, conn.fetch(name));
            }
            assertTrue(conn.fetch().isEmpty(), "the default graph stays empty");
        }
        return out;
    }

    /** Triples per named graph, counted by the remote server. */
    private static Map<String, Long> remoteCounts(String datasetUrl) {
        Map<String, Long> out = new TreeMap<>();
        try (RDFConnection conn = RDFConnection.connect(datasetUrl)) {
            conn.querySelect("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                    row -> out.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
        }
        return out;
    }

    private static void assertSameGraphs(Map<String, Model> expected, Map<String, Model> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertTrue(expected.get(name).isIsomorphicWith(actual.get(name)), () -> "graph <" + name + "> differs: "
                    + expected.get(name).difference(actual.get(name)).size() + " triples only here, "
                    + actual.get(name).difference(expected.get(name)).size() + " only there");
        }
    }

    private static String graphOf(String fileName) {
        return IRIS.articleGraph(ArticleReader.idOf(fileName));
    }

    private static String[] load(String endpoint, String... files) {
        List<String> args = new ArrayList<>(List.of("load", "--endpoint", endpoint));
        args.addAll(List.of(files));
        return args.toArray(String[]::new);
    }

    private static String dev(String name) {
        return TestArticles.file(name).toString();
    }

    @Test
    void theEndpointGetsTheGraphsALocalLoadWrites() {
        String ds = startFuseki() + "/ds";
        Cli.Result r = Cli.run(load(ds, dev(TestArticles.DEV_01), dev(TestArticles.DEV_02)));
        assertEquals(0, r.exit(), r.toString());
        assertEquals(2, r.outLines().size(), r.toString());
        assertTrue(r.outLines().get(0).matches("loaded .*: \\d+ actors?, \\d+ stances?, \\d+ roles?, \\d+ statistics?, "
                + "\\d+ documents?, \\d+ triples in <" + graphOf(TestArticles.DEV_01) + ">"), r.toString());
        assertEquals("", r.err(), r.toString());

        Map<String, Model> remote = remoteGraphs(ds);
        assertTrue(remote.containsKey(IRIS.ontologyGraph()) && remote.containsKey(IRIS.referenceGraph())
                && remote.containsKey(IRIS.voidGraph()), remote.keySet().toString());
        assertTrue(remote.containsKey(graphOf(TestArticles.DEV_01)) && remote.containsKey(graphOf(TestArticles.DEV_02)));
        assertSameGraphs(local, remote);
    }

    @Test
    void reloadingReplacesGraphsAndLeavesTheOthersAlone() throws IOException {
        String ds = startFuseki() + "/ds";
        assertEquals(0, Cli.run(load(ds, dev(TestArticles.DEV_01), dev(TestArticles.DEV_02))).exit());
        Map<String, Long> counts = remoteCounts(ds);

        // the same articles again: replaced, not added to
        assertEquals(0, Cli.run(load(ds, dev(TestArticles.DEV_01), dev(TestArticles.DEV_02))).exit());
        assertEquals(counts, remoteCounts(ds));
        assertSameGraphs(local, remoteGraphs(ds));

        // a new version of DEV_01 under the same file name: its graph is replaced, DEV_02's is untouched
        Path changed = Files.copy(TestArticles.file(TestArticles.DEV_01), tmp.resolve(TestArticles.DEV_01));
        Files.writeString(changed, Files.readString(changed) + "\nThe NSPCC said it would keep campaigning.\n");
        Cli.Result r = Cli.run(load(ds, changed.toString()));
        assertEquals(0, r.exit(), r.toString());
        Path changedStore = tmp.resolve("changed-local");
        assertEquals(0, Cli.run("load", "--store", changedStore.toString(), changed.toString()).exit());
        Model expected = graphsOf(changedStore).get(graphOf(TestArticles.DEV_01));

        Map<String, Model> remote = remoteGraphs(ds);
        assertEquals(local.keySet(), remote.keySet());
        assertTrue(remote.get(graphOf(TestArticles.DEV_01)).isIsomorphicWith(expected), "DEV_01 was replaced");
        assertFalse(remote.get(graphOf(TestArticles.DEV_01)).isIsomorphicWith(local.get(graphOf(TestArticles.DEV_01))));
        assertTrue(remote.get(graphOf(TestArticles.DEV_02)).isIsomorphicWith(local.get(graphOf(TestArticles.DEV_02))),
                "DEV_02 is untouched");
    }

    @Test
    void loadsOneAfterAnotherAddUpToTheSameGraphsAndDescription() {
        String ds = startFuseki() + "/ds";
        assertEquals(0, Cli.run(load(ds, dev(TestArticles.DEV_02))).exit());
        assertEquals(0, Cli.run(load(ds, dev(TestArticles.DEV_01))).exit());
        // the description (VoID graph) covers both articles, as the local store's does
        assertSameGraphs(local, remoteGraphs(ds));
    }

    @Test
    void aBadArticleSendsNothingForItself() throws IOException {
        String ds = startFuseki() + "/ds";
        Path bad = Files.write(tmp.resolve("binary.txt"), new byte[] {0, 1, 2});
        Cli.Result r = Cli.run(load(ds, dev(TestArticles.DEV_01), bad.toString()));
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.outLines().size(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.errLines().get(0).startsWith("e2ee-kg: " + bad), r.toString());
        assertEquals(List.of(graphOf(TestArticles.DEV_01), IRIS.ontologyGraph(), IRIS.referenceGraph(), IRIS.voidGraph()),
                List.copyOf(remoteCounts(ds).keySet()));
    }

    @Test
    void onlyBadArticlesSendNothingAtAll() throws IOException {
        String ds = startFuseki() + "/ds";
        Path bad = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Cli.Result r = Cli.run(load(ds, bad.toString()));
        assertEquals(1, r.exit(), r.toString());
        assertEquals(Map.of(), remoteCounts(ds));
    }

    @Test
    void anEndpointThatRefusesConnectionsFailsInOneLineBeforeAnyWork() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://localhost:" + port + "/ds";
        Cli.Result r = Cli.run(load(url, dev(TestArticles.DEV_01)));
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertEquals("e2ee-kg: " + url + ": cannot connect (connection refused)", r.errLines().get(0), r.toString());
        assertEquals("", r.out(), r.toString());
    }

    @Test
    void anEndpointThatAnswersWithAnErrorStatusFailsInOneLineNamingTheStatus() {
        String base = startFuseki();
        String[][] cases = {
                {base + "/no-such-dataset", "HTTP 404 "},
                {base + "/read-only", "HTTP 4"},
                {base + "/broken", "HTTP 500 "},
        };
        for (String[] c : cases) {
            Cli.Result r = Cli.run(load(c[0], dev(TestArticles.DEV_01)));
            assertEquals(1, r.exit(), r.toString());
            assertEquals(1, r.errLines().size(), r.toString());
            String line = r.errLines().get(0);
            assertTrue(line.startsWith("e2ee-kg: " + c[0] + ": " + c[1]), line);
            assertTrue(line.contains("on PUT of graph <" + IRIS.ontologyGraph() + ">; nothing was written"), line);
            assertEquals("", r.out(), "no report line for articles that were not stored: " + r);
        }
        assertEquals(Map.of(), remoteCounts(base + "/read-only"));
    }

    /** The password comes from the environment, set for the tests in the pom (surefire). */
    @Test
    void aUserAndThePasswordFromTheEnvironmentAreSent() throws IOException {
        String password = System.getenv(LoadCommand.PASSWORD_ENV);
        assumeTrue(password != null && !password.isEmpty(), LoadCommand.PASSWORD_ENV + " is not set");
        Path passwd = Files.writeString(tmp.resolve("passwd"), USER + ": " + password + "\n");
        FusekiServer server = FusekiServer.create().port(0)
                .passwordFile(passwd.toString())
                .serverAuthPolicy(Auth.policyAllowSpecific(USER))
                .add("/ds", DatasetGraphFactory.createTxnMem(), true)
                .build().start();
        servers.add(server);
        String ds = "http://localhost:" + server.getHttpPort() + "/ds";

        Cli.Result anonymous = Cli.run(load(ds, dev(TestArticles.DEV_01)));
        assertEquals(1, anonymous.exit(), anonymous.toString());
        assertTrue(anonymous.errLines().get(0).startsWith("e2ee-kg: " + ds + ": HTTP 401 "), anonymous.toString());

        Cli.Result wrongUser = Cli.run("load", "--endpoint", ds, "--endpoint-user", "someone-else", dev(TestArticles.DEV_01));
        assertEquals(1, wrongUser.exit(), wrongUser.toString());
        assertTrue(wrongUser.errLines().get(0).startsWith("e2ee-kg: " + ds + ": HTTP 40"), wrongUser.toString());

        Cli.Result r = Cli.run("load", "--endpoint", ds, "--endpoint-user", USER, dev(TestArticles.DEV_01));
        assertEquals(0, r.exit(), r.toString());
        assertFalse(r.toString().contains(password), "the password is never shown");
        assertFalse(new Credentials(USER, password).toString().contains(password));
        try (RDFConnection conn = RDFConnection.connect(ds)) {
            // reading needs the user too; Jena's connection asks the same authentication registry
            AuthEnv.get().registerUsernamePassword(URI.create(ds), USER, password);
            try {
                assertTrue(conn.fetch(graphOf(TestArticles.DEV_01)).isIsomorphicWith(local.get(graphOf(TestArticles.DEV_01))));
            } finally {
                AuthEnv.get().unregisterUsernamePassword(URI.create(ds));
            }
        }
    }

    @Test
    void mixedOrIncompleteOptionsAreUsageErrors() {
        String ds = "http://localhost:9/ds";
        Cli.Result both = Cli.run("load", "--store", tmp.resolve("s").toString(), "--endpoint", ds);
        assertEquals(2, both.exit(), both.toString());
        assertTrue(both.errLines().get(0).contains("--store or --endpoint, not both"), both.toString());
        assertFalse(Files.exists(tmp.resolve("s")));

        Cli.Result userOnly = Cli.run("load", "--store", tmp.resolve("s").toString(), "--endpoint-user", USER);
        assertEquals(2, userOnly.exit(), userOnly.toString());
        assertTrue(userOnly.errLines().get(0).contains("--endpoint-user needs --endpoint"), userOnly.toString());

        for (String bad : List.of("ftp://localhost/ds", "localhost:3030/ds", "http:///ds", "not a url")) {
            Cli.Result r = Cli.run("load", "--endpoint", bad);
            assertEquals(2, r.exit(), bad + ": " + r);
            assertTrue(r.errLines().get(0).contains(bad), r.toString());
        }
    }
}
