package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.TestArticles;

/**
 * {@code e2ee-kg load --endpoint http://host/kg} into this project's own server, given the
 * dataset URL as a user would copy it from the server's start-up lines: the server takes
 * Graph Store writes there (for the administrator, after a challenge the client answers),
 * and the graph it then holds is the one a local load writes. Without credentials the
 * load is refused and nothing is written.
 */
class LoadIntoOwnServerTest {
    private static final String PASSWORD_ENV = TestServer.PASSWORD_ENV;

    @TempDir
    static Path dir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.writable(dir.resolve("store"), dir.resolve("backups"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theDatasetUrlTakesTheLoad() {
        String article = TestArticles.file(TestArticles.DEV_01).toString();
        Path local = dir.resolve("local");
        assertEquals(0, Cli.run("load", "--store", local.toString(), article).exit());
        String graph;
        Model expected;
        try (KnowledgeStore s = KnowledgeStore.openExisting(local, TestServer.IRIS)) {
            graph = s.articleGraphNames().get(0);
            expected = s.graph(graph);
        }
        String endpoint = server.base + KgServer.DATASET;

        Cli.Result anonymous = Cli.run("load", "--endpoint", endpoint, article);
        assertEquals(1, anonymous.exit(), anonymous.toString());
        assertTrue(anonymous.errLines().get(0).contains("HTTP 401"), anonymous.toString());
        assertTrue(server.store.graph(graph).isEmpty(), "nothing was written without the login");

        Cli.Result r = Cli.run("load", "--endpoint", endpoint, "--endpoint-user", "admin", article);
        assertEquals(0, r.exit(), r.toString());
        assertFalse(r.toString().contains(System.getenv(PASSWORD_ENV)));
        assertTrue(server.store.graph(graph).isIsomorphicWith(expected), "the server holds what a local load writes");
    }
}
