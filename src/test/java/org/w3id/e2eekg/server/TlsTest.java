package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --https}: a keystore made for the test by the JDK's {@code keytool} (a
 * self-signed certificate for 127.0.0.1), the server on HTTPS only, a client that trusts
 * that certificate gets answers (the login included), and one that does not is refused.
 */
class TlsTest {
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final AdminLogin LOGIN = new AdminLogin("admin", UUID.randomUUID().toString());

    @TempDir
    static Path dir;

    private static Path keystore;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        keystore = dir.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        server = TestServer.start(dir.resolve("store"), ServerSettings.readOnly(0, dir.resolve("backups"))
                .withTls(new ServerSettings.Tls(keystore, PASSWORD)).withLogin(LOGIN, false));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aClientThatTrustsTheCertificateIsAnsweredOverHttps() throws Exception {
        assertTrue(server.base.startsWith("https://127.0.0.1:"), server.base);
        HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore)).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.base + "/kg/sparql?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
        HttpResponse<String> tasks = client.send(HttpRequest.newBuilder(URI.create(server.base + "/$/tasks"))
                .header("Authorization", LOGIN.header()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, tasks.statusCode(), "the login works over TLS");
    }

    @Test
    void plainHttpAndUntrustingClientsGetNothing() {
        HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        assertThrows(IOException.class, () -> untrusting.send(HttpRequest.newBuilder(URI.create(server.base + "/$/ping")).build(),
                HttpResponse.BodyHandlers.ofString()), "the certificate is not trusted by default");
        String plain = server.base.replace("https://", "http://");
        HttpResponse<String> r = null;
        try {
            r = untrusting.send(HttpRequest.newBuilder(URI.create(plain + "/$/ping")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            return; // no plain HTTP at all
        }
        assertTrue(r.statusCode() >= 400, "plain HTTP is not served: " + r.statusCode());
    }

    private static SSLContext trusting(Path keystoreFile) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystoreFile)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
