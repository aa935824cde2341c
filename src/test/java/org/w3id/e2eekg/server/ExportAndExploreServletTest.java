package org.w3id.e2eekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.export.StoreExport;

/**
 * {@code /export/{format}} and {@code /explore} over HTTP, on a free port over a real TDB2
 * store holding the main article: every format with its media type and a file name, the
 * same bytes the exporter writes, one graph or the full view on request, clear refusals;
 * the explorer's page and scripts from the jar under a content security policy; and the
 * link from every resource page to the explorer.
 */
class ExportAndExploreServletTest {
    private static final String ARTICLE_GRAPH = TestServer.IRIS.articleGraph("000-4633c21910299fa8");

    @TempDir
    static Path dir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir.resolve("store"), ServerSettings.readOnly(0, dir.resolve("backups")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String expected(ExportFormat format, Optional<String> graph) throws IOException {
        StoreExport export = new StoreExport(TestServer.IRIS);
        StringWriter w = new StringWriter();
        export.write(server.store.read(dsg -> export.select(dsg, new StoreExport.Request(format, Optional.empty(), graph,
                Optional.empty()))), w);
        return w.toString();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatIsServedWithItsMediaTypeAsTheExporterWritesIt(ExportFormat format) throws IOException {
        HttpResponse<String> r = server.get("/export/" + format, null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(format.mediaType() + ";charset=utf-8", TestServer.contentType(r).replace(" ", "").toLowerCase());
        String view = format.isRdf() ? "full" : "fact";
        assertEquals("attachment; filename=\"e2ee-kg-" + view + "." + format.extension() + "\"",
                r.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(expected(format, Optional.empty()), r.body());
    }

    @Test
    void oneGraphAndTheFullViewOnRequest() throws IOException {
        String graph = URLEncoder.encode(ARTICLE_GRAPH, StandardCharsets.UTF_8);
        HttpResponse<String> one = server.get("/export/gexf?graph=" + graph, null);
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(expected(ExportFormat.GEXF, Optional.of(ARTICLE_GRAPH)), one.body());
        HttpResponse<String> full = server.get("/export/graphml?view=full&graph=" + graph, null);
        assertEquals(200, full.statusCode());
        assertTrue(full.body().contains("/id/evidence/"), "the full view has the evidence nodes");
        assertTrue(!server.get("/export/graphml?graph=" + graph, null).body().contains("/id/evidence/"));
    }

    @Test
    void badRequestsAreRefusedClearly() {
        assertEquals(404, server.get("/export/png", null).statusCode());
        assertEquals(404, server.get("/export/", null).statusCode());
        assertEquals(404, server.get("/export/dot?graph=" + URLEncoder.encode(TestServer.IRIS.articleGraph("none"),
                StandardCharsets.UTF_8), null).statusCode());
        HttpResponse<String> view = server.get("/export/dot?view=everything", null);
        assertEquals(400, view.statusCode());
        assertTrue(view.body().contains("fact or full"), view.body());
    }

    @Test
    void theExplorerAndItsScriptsComeFromTheJar() {
        HttpResponse<String> page = server.get("/explore", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(TestServer.contentType(page).startsWith("text/html"));
        assertTrue(page.body().contains("/explore/lib/cytoscape.min.js"), page.body());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'self'") && policy.contains("script-src 'self'"), policy);
        for (String script : new String[] {"/explore/explore.js", "/explore/lib/cytoscape.min.js",
                "/explore/lib/layout-base.js", "/explore/lib/cose-base.js", "/explore/lib/cytoscape-fcose.js"}) {
            HttpResponse<String> js = server.get(script, null);
            assertEquals(200, js.statusCode(), script);
            assertTrue(TestServer.contentType(js).startsWith("text/javascript"), script);
            assertTrue(js.body().length() > 1000, script);
            assertTrue(!js.body().contains("https://cdn") && !js.body().contains("//unpkg.com"), script + " loads nothing from elsewhere");
        }
        assertEquals(200, server.get("/explore/explore.css", null).statusCode());
        assertEquals(404, server.get("/explore/lib/nothing.js", null).statusCode());
        assertEquals(404, server.get("/explore/META-INF/MANIFEST.MF", null).statusCode());
        assertEquals(404, server.get("/explore/lib/../../log4j2.xml", null).statusCode());
    }

    @Test
    void everyResourcePageLinksToItsNeighbourhood() {
        HttpResponse<String> page = server.get("/id/org/nspcc", "text/html");
        assertEquals(200, page.statusCode());
        String focus = "/explore?focus=" + URLEncoder.encode(TestServer.IRIS.id("org/nspcc"), StandardCharsets.UTF_8);
        assertTrue(page.body().contains("href=\"" + focus + "\""), page.body());
    }
}
