package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CORS headers on a writable server with one trusted origin: any origin reads with
 * {@code Access-Control-Allow-Origin: *} and never gets {@code Allow-Credentials}; a
 * preflight from an arbitrary origin is not offered writes or {@code Authorization}; the
 * trusted origin gets its own origin echoed, credentials, and the write methods.
 */
class CorsTest {
    private static final String TRUSTED = "https://editor.example.org";
    private static final String QUERY = "/kg/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(s -> s.withWriteOrigins(List.of(TRUSTED))
            .withLogin(new AdminLogin("admin", UUID.randomUUID().toString()), true));

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example.com", "null", "https://editor.example.org.evil.com", "http://editor.example.org"})
    void anyOriginReadsWithoutCredentials(String origin) {
        for (String path : List.of(QUERY, "/queries/stances", "/id/org/nspcc", "/.well-known/void")) {
            HttpResponse<String> r = SERVER.get().send(SERVER.get().request(path).header("Origin", origin).GET());
            assertEquals(200, r.statusCode(), path);
            assertEquals("*", header(r.headers(), "Access-Control-Allow-Origin"), path);
            assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), path);
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void anArbitraryOriginIsNotOfferedWrites(String method) {
        HttpResponse<String> r = preflight("https://evil.example.com", method, "Authorization, Content-Type");
        assertEquals(403, r.statusCode());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().map().toString());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains(method));
    }

    @Test
    void anArbitraryOriginIsNotOfferedAuthorizationEvenToRead() {
        HttpResponse<String> withAuth = preflight("https://evil.example.com", "POST", "Authorization");
        assertEquals(403, withAuth.statusCode());
        HttpResponse<String> query = preflight("https://evil.example.com", "POST", "Content-Type, Accept");
        assertEquals(204, query.statusCode());
        assertEquals("*", header(query.headers(), "Access-Control-Allow-Origin"));
        String methods = header(query.headers(), "Access-Control-Allow-Methods");
        assertTrue(methods.contains("POST") && !methods.contains("PUT") && !methods.contains("DELETE"), methods);
        assertFalse(header(query.headers(), "Access-Control-Allow-Headers").contains("Authorization"));
        assertFalse(query.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @Test
    void theTrustedOriginMayWriteWithCredentials() {
        HttpResponse<String> r = preflight(TRUSTED, "PUT", "Authorization, Content-Type");
        assertEquals(204, r.statusCode());
        assertEquals(TRUSTED, header(r.headers(), "Access-Control-Allow-Origin"));
        assertEquals("true", header(r.headers(), "Access-Control-Allow-Credentials"));
        assertTrue(header(r.headers(), "Access-Control-Allow-Methods").contains("PUT"));
        assertTrue(header(r.headers(), "Access-Control-Allow-Headers").contains("Authorization"));
        HttpResponse<String> read = SERVER.get().send(SERVER.get().request(QUERY).header("Origin", TRUSTED).GET());
        assertEquals(TRUSTED, header(read.headers(), "Access-Control-Allow-Origin"));
        assertEquals("true", header(read.headers(), "Access-Control-Allow-Credentials"));
    }

    private static HttpResponse<String> preflight(String origin, String method, String headers) {
        return SERVER.get().send(SERVER.get().request("/kg/data?graph=urn:test:cors").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers));
    }

    private static String header(HttpHeaders headers, String name) {
        return headers.firstValue(name).orElse("");
    }
}
