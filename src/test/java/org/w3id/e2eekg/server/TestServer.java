package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.ingest.ArticleException;
import org.w3id.e2eekg.ingest.ArticleSource;
import org.w3id.e2eekg.load.ArticleLoader;
import org.w3id.e2eekg.load.LoadListener;
import org.w3id.e2eekg.load.LoadResult;
import org.w3id.e2eekg.store.KnowledgeStore;
import org.w3id.e2eekg.support.Cli;
import org.w3id.e2eekg.support.TestArticles;

/**
 * A real server for a test class: a TDB2 store in a temporary directory, loaded with the
 * bundled main article by the project's loader, served by {@link KgServer} on a free port,
 * and an HTTP client to talk to it.
 */
final class TestServer implements AutoCloseable {
    static final Iris IRIS = Iris.standard();

    final KnowledgeStore store;
    final KgServer server;
    final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(KnowledgeStore store, KgServer server) {
        this.store = store;
        this.server = server;
        String url = server.url();
        this.base = url.substring(0, url.length() - 1);
    }

    /** Loads the bundled article into {@code dir} and serves it with {@code settings} (port 0). */
    static TestServer start(Path dir, ServerSettings settings) {
        try {
            LoadResult r = ArticleLoader.standard(IRIS).load(dir, ArticleSource.expand(List.of()), LoadListener.NONE);
            assertTrue(r.allLoaded(), r.failures().toString());
        } catch (ArticleException e) {
            throw new IllegalStateException(e);
        }
        return over(dir, settings);
    }

    /** The loader's password variable, set for the tests in the pom. */
    static final String PASSWORD_ENV = "E2EE_KG_ENDPOINT_PASSWORD";

    /**
     * Loads the bundled article into {@code dir} and serves it with a login (user {@code admin},
     * the password of {@value #PASSWORD_ENV}) and Graph Store writes; skips the calling test
     * class when that variable is not set.
     */
    static TestServer writable(Path dir, Path backups) {
        String password = System.getenv(PASSWORD_ENV);
        org.junit.jupiter.api.Assumptions.assumeTrue(password != null && !password.isEmpty(), PASSWORD_ENV + " is not set");
        return start(dir, ServerSettings.readOnly(0, backups).withLogin(new AdminLogin("admin", password), true));
    }

    /** Loads every test article into a new store at {@code dir} with {@code e2ee-kg load}; returns {@code dir}. */
    static Path loadEveryTestArticle(Path dir) {
        List<String> load = new ArrayList<>(List.of("load", "--store", dir.toString()));
        TestArticles.all().forEach(a -> load.add(a.toString()));
        Cli.Result loaded = Cli.run(load.toArray(String[]::new));
        assertEquals(0, loaded.exit(), loaded.toString());
        return dir;
    }

    /** Serves the store already in {@code dir} with {@code settings}. */
    static TestServer over(Path dir, ServerSettings settings) {
        KnowledgeStore store = KnowledgeStore.openExisting(dir, IRIS);
        try {
            return new TestServer(store, KgServer.start(store, settings));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            try {
                return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (!staleConnection(e)) {
                    throw e;
                }
                // the server closed a kept-alive connection (after refusing a body it did not read) as the
                // client reused it: the request never reached the server, so it is sent once more
                return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and keeps the body as bytes (a compressed one, say). */
    HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends without waiting, for requests that must be in flight together. */
    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return http.sendAsync(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder b = request(path).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b);
    }

    /** A SPARQL query over GET at {@code /kg/sparql}. */
    HttpResponse<String> query(String sparql, String accept) {
        return get("/kg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
    }

    /** A SPARQL update over POST at {@code /kg/update}, with an {@code Authorization} header when given. */
    HttpResponse<String> update(String sparql, String authorization) {
        HttpRequest.Builder b = request("/kg/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b);
    }

    /** The client's report of a connection closed before any byte of the answer came. */
    private static boolean staleConnection(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("received no bytes")) {
                return true;
            }
        }
        return false;
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
