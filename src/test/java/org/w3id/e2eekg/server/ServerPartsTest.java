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

/** The server's small parts, without a server: escaping, negotiation, the access rules, logins, settings, query headers. */
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
        assertEquals(Optional.empty(), Negotiation.choose("text/html;q=0", offers), "q=0 refuses");
        assertEquals(Optional.of("text/turtle"), Negotiation.choose("text/html;q=0, */*;q=0.1", List.of("text/html", "text/turtle")));
        assertEquals(Optional.of("application/ld+json"), Negotiation.choose("text/*;q=0.2, application/ld+json", offers));
        assertEquals(Optional.of("text/html"), Negotiation.choose("text/*, text/turtle;q=0.1", offers), "the most specific range decides");
    }

    @Test
    void theAccessRulesAskForTheLoginOnWritesAndAdministration() {
        AccessRules rules = AccessRules.forLogin("/kg", List.of("update", "upload"), new AdminLogin("admin", "pw"));
        assertFalse(rules.needsLogin("GET", "/kg/sparql", null));
        assertFalse(rules.needsLogin("POST", "/kg/sparql", "application/sparql-query"), "a POSTed query is a read");
        assertFalse(rules.needsLogin("POST", "/kg", "application/x-www-form-urlencoded; charset=UTF-8"));
        assertFalse(rules.needsLogin("GET", "/kg/data", null));
        assertFalse(rules.needsLogin("GET", "/id/org/nspcc", null));
        assertFalse(rules.needsLogin("OPTIONS", "/kg/update", null), "a CORS preflight is answered");
        assertTrue(rules.needsLogin("POST", "/kg/update", "application/sparql-update"));
        assertTrue(rules.needsLogin("GET", "/kg/update", null));
        assertTrue(rules.needsLogin("GET", "/KG/Update/", null), "letter case does not matter");
        assertTrue(rules.needsLogin("POST", "/kg/upload", "multipart/form-data"));
        assertTrue(rules.needsLogin("POST", "/kg/data", "text/turtle"));
        assertTrue(rules.needsLogin("POST", "/kg", "application/sparql-update"));
        assertTrue(rules.needsLogin("PUT", "/kg/data", "text/turtle"));
        assertTrue(rules.needsLogin("DELETE", "/kg", null));
        assertTrue(rules.needsLogin("PATCH", "/anything", null));
        assertTrue(rules.needsLogin("PROPFIND", "/", null));
        assertTrue(rules.needsLogin("GET", "/$/datasets", null));
        assertTrue(rules.needsLogin("POST", "/$/compact/kg", null));
        assertTrue(rules.needsLogin("OPTIONS", "/$/backup/kg", null));
        assertTrue(rules.needsLogin("GET", "/$/anything-added-later", null), "administration is closed by default");
        assertFalse(rules.needsLogin("GET", "/$/server", null));
        assertFalse(rules.needsLogin("GET", "/$/ping", null));
        assertFalse(rules.needsLogin("GET", "/$/stats/kg", null));
        assertTrue(rules.needsLogin("DELETE", "/$/stats/kg", null));
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
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("admin:s3cret-from-file".getBytes()), fromFile.header());
        assertThrows(IllegalArgumentException.class, () -> AdminLogin.find("admin", tmp.resolve("missing"), null));
        Path empty = Files.writeString(tmp.resolve("empty"), "\n");
        assertThrows(IllegalArgumentException.class, () -> AdminLogin.find("admin", empty, null));
    }

    @Test
    void updatesNeedALoginAndOriginsAndPrefixesMustBeWellFormed() {
        ServerSettings s = ServerSettings.readOnly(0, tmp);
        assertThrows(IllegalArgumentException.class, () -> new ServerSettings(s.host(), 0, s.tls(), s.limits(), true,
                Optional.empty(), List.of(), List.of(), tmp));
        for (String origin : List.of("*", "null", "https://app.example.org/", "ftp://x.org", "https://u@x.org")) {
            assertThrows(IllegalArgumentException.class, () -> s.withWriteOrigins(List.of(origin)), origin);
        }
        s.withWriteOrigins(List.of("https://app.example.org", "http://localhost:8080"));
        for (String prefix : List.of("https://query.wikidata.org", "file:///etc/", "query.wikidata.org/")) {
            assertThrows(IllegalArgumentException.class, () -> s.withServiceAllowList(List.of(prefix)), prefix);
        }
        s.withServiceAllowList(List.of("https://query.wikidata.org/"));
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
