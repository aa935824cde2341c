package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The explorer page, {@code /explore}, and the files it loads, all from the jar: the page,
 * its script and style sheet ({@code org/w3id/e2eekg/server/explore/}), and Cytoscape.js
 * with the fcose layout and its two libraries, from their WebJars
 * ({@code META-INF/resources/webjars/NAME/VERSION/}, the version read from the WebJar's own
 * {@code pom.properties}). Nothing comes from elsewhere at run time, so the page works
 * offline. The page reads its data from {@code /export/cytoscape}.
 *
 * <p>Only the files named here are served (no path from the request reaches the class
 * path), each with a content type and a content security policy that allows scripts, styles
 * and data from this server only.
 */
final class ExploreServlet extends HttpServlet {
    /** Where the page lives. */
    static final String PATH = "/explore";
    private static final String OWN = "org/w3id/e2eekg/server/explore/";
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private static final String HTML = "text/html;charset=utf-8";
    private static final String JS = "text/javascript;charset=utf-8";
    private static final String CSS = "text/css;charset=utf-8";

    /** A file the page needs: where it is on the class path, and its type. */
    private record Asset(String resource, String type) {}

    private final transient Map<String, Asset> assets;

    ExploreServlet() {
        this.assets = Map.of(
                PATH, new Asset(OWN + "explore.html", HTML),
                PATH + "/", new Asset(OWN + "explore.html", HTML),
                PATH + "/explore.js", new Asset(OWN + "explore.js", JS),
                PATH + "/explore.css", new Asset(OWN + "explore.css", CSS),
                PATH + "/lib/cytoscape.min.js", new Asset(webJar("cytoscape", "dist/cytoscape.min.js"), JS),
                PATH + "/lib/layout-base.js", new Asset(webJar("layout-base", "layout-base.js"), JS),
                PATH + "/lib/cose-base.js", new Asset(webJar("cose-base", "cose-base.js"), JS),
                PATH + "/lib/cytoscape-fcose.js", new Asset(webJar("cytoscape-fcose", "cytoscape-fcose.js"), JS));
    }

    /** The class path of a file in an npm WebJar, at the version on the class path. */
    static String webJar(String artifact, String file) {
        String properties = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = ExploreServlet.class.getClassLoader().getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("WebJar missing from the class path: " + artifact);
            }
            Properties p = new Properties();
            p.load(in);
            return "META-INF/resources/webjars/" + artifact + "/" + p.getProperty("version") + "/" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Asset asset = assets.get(ServletSupport.path(request));
        if (asset == null) {
            ServletSupport.error(response, HttpServletResponse.SC_NOT_FOUND, "Not found; the explorer is at " + PATH);
            return;
        }
        try (InputStream in = ExploreServlet.class.getClassLoader().getResourceAsStream(asset.resource())) {
            if (in == null) {
                ServletSupport.error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Missing from the jar: " + asset.resource());
                return;
            }
            response.setContentType(asset.type());
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", asset.resource().startsWith("META-INF/") ? "public, max-age=86400" : "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }
}
