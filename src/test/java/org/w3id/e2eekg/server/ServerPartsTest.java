package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.Iris;

/** The server's small parts, without a server: escaping, negotiation, the guard's rules, logins, query headers. */
class ServerPartsTest {
    @TempDir
    Path tmp;

    @Test
    void htmlEscapesEverythingFromTheData() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;", Html.text("<script>alert(\"x\")</script> & '"));
        assertEquals("javascript:alert(1)", Html.link("javascript:alert(1)", "javascript:alert(1)"), "only http(s) and local links");
        assertEquals("<a href=\"/id/a?b=1&amp;c=2\">x</a>", Html.link("/id/a?b=1&c=2", "x"));
    }

    @Test
    void negotiationPicksTheBestOffer() {
        List<String> offers = List.of("text/turtle", "application/ld+json", "text/html");
        assertEquals(Optional.of("text/turtle"), Negotiation.choose((String) null, offers));
        assertEquals(Optional.of("text/turtle"), Negotiation.choose("*/*", offers));
        assertEquals(Optional.of("text/html"), Negotiation.choose("text/html,application/xhtml+xml,*/*;q=0.8", offers));
        assertEquals(Optional.of("application/ld+json"), Negotiation.choose("application/ld+json;q=0.9,text/turtle;q=0.5", offers));
        assertEquals(Optional.empty(), Negotiation.choose("image/png", offers));
    }

    @Test
    void theGuardKnowsWritesFromReads() {
        AccessGuard guard = new AccessGuard("/kg", Optional.empty());
        assertFalse(guard.isGuarded("GET", "/kg/sparql"));
        assertFalse(guard.isGuarded("POST", "/kg/sparql"), "a POSTed query is a read");
        assertFalse(guard.isGuarded("POST", "/kg"));
        assertFalse(guard.isGuarded("GET", "/kg/data"));
        assertFalse(guard.isGuarded("GET", "/id/org/nspcc"));
        assertTrue(guard.isGuarded("POST", "/kg/update"));
        assertTrue(guard.isGuarded("GET", "/kg/update"));
        assertTrue(guard.isGuarded("POST", "/kg/upload"));
        assertTrue(guard.isGuarded("POST", "/kg/data"));
        assertTrue(guard.isGuarded("PUT", "/kg/data"));
        assertTrue(guard.isGuarded("DELETE", "/kg"));
        assertTrue(guard.isGuarded("PATCH", "/anything"));
        assertTrue(guard.isGuarded("GET", "/$/datasets"));
        assertTrue(guard.isGuarded("POST", "/$/compact/kg"));
        assertTrue(guard.isGuarded("POST", "/$/backup/kg"));
        assertFalse(guard.isGuarded("GET", "/$/server"));
        assertFalse(guard.isGuarded("GET", "/$/ping"));
        assertTrue(guard.isGuarded("POST", "/kg/update/"));
        assertEquals("/kg/update", AccessGuard.normalized("/kg/%75pdate"));
        assertEquals("/kg/update", AccessGuard.normalized("/kg/./update"));
        assertEquals("/kg/update", AccessGuard.normalized("/kg//update"));
        assertEquals("/kg/update", AccessGuard.normalized("/x/../kg/update"));
    }

    @Test
    void aLoginComesFromAFileOrTheEnvironmentAndNeverShowsItsPassword() throws IOException {
        Path file = Files.writeString(tmp.resolve("pw"), "s3cret-from-file\nignored\n");
        AdminLogin fromFile = AdminLogin.find("admin", file, "from-env").orElseThrow();
        assertEquals("s3cret-from-file", fromFile.password(), "the file wins over the environment");
        assertEquals("from-env", AdminLogin.find("admin", null, "from-env").orElseThrow().password());
        assertTrue(AdminLogin.find("admin", null, null).isEmpty());
        assertTrue(AdminLogin.find("admin", null, "").isEmpty());
        assertFalse(fromFile.toString().contains("s3cret"));
        assertTrue(fromFile.accepts(fromFile.header()));
        assertFalse(fromFile.accepts("Basic " + java.util.Base64.getEncoder().encodeToString("admin:wrong".getBytes())));
        assertFalse(fromFile.accepts("Bearer x"));
        assertFalse(fromFile.accepts(null));
        assertThrows(IllegalArgumentException.class, () -> AdminLogin.find("admin", tmp.resolve("missing"), null));
        Path empty = Files.writeString(tmp.resolve("empty"), "\n");
        assertThrows(IllegalArgumentException.class, () -> AdminLogin.find("admin", empty, null));
    }

    @Test
    void updatesNeedALogin() {
        ServerSettings s = ServerSettings.readOnly(0, tmp);
        assertThrows(IllegalArgumentException.class, () -> new ServerSettings(s.host(), 0, s.queryTimeout(),
                s.maxRequestSize(), true, Optional.empty(), tmp));
    }

    @Test
    void aNamedQueryTakesItsTitleAndQuestionFromItsHeader() {
        NamedQuery q = NamedQuery.parse("participants", """
                # Title: Participants in documents
                # Question: Who signed which letter, and to whom was it
                # addressed, and when?
                # Covers signed documents.

                SELECT ?x WHERE { ?x ?p ?o }
                """);
        assertEquals("Participants in documents", q.title());
        assertEquals("Who signed which letter, and to whom was it addressed, and when?", q.question());
        assertEquals("Covers signed documents.", q.description());
        assertTrue(q.query().isSelectType());
        assertEquals("bare", NamedQuery.parse("bare", "ASK {}").title());
    }

    @Test
    void localPathsMapTheNamespaceOntoTheServer() {
        LocalPaths paths = new LocalPaths(Iris.standard());
        assertEquals(Optional.of("/id/org/nspcc"), paths.pathOf("https://w3id.org/e2ee-kg/id/org/nspcc"));
        assertEquals("https://w3id.org/e2ee-kg/id/org/nspcc", paths.iriOf("/id/org/nspcc"));
        assertEquals("https://schema.org/Person", paths.href("https://schema.org/Person"));
    }
}
