package org.w3id.e2eekg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.Prefixes;

/**
 * Fuseki's own query UI (jena-fuseki-ui), made this project's without changing its code: the
 * UI's {@code index.html} is served with two additions, the project's configuration as a JSON
 * block and a small script ({@value #SCRIPT}) that reads it. The script adds a Vue mixin to
 * the running UI app, which gives the query page ({@code DatasetQuery}) the named queries as
 * its examples and the project's prefixes instead of Fuseki's defaults, and, on a read-only
 * server, hides the tabs that write ("add data", "edit", "new dataset"); and it points the
 * links of the results table for IRIs under the graph's root at this server's pages
 * ({@code https://w3id.org/e2ee-kg/id/org/nspcc} at {@code /id/org/nspcc}). The version the UI
 * shows is Fuseki's, from {@code /$/server} (the jar's manifest names Jena's version for
 * Jena's packages). The page is served with a {@code Content-Security-Policy} that lets it
 * connect to this server only: the UI's editor would otherwise fetch prefixes from
 * prefix.cc, telling a third party that someone is using it.
 *
 * <p>Trade-off: the mixin relies on the UI being a Vue 3 app mounted on {@code #app} and on
 * the query page's component name and data fields ({@code queries}, {@code prefixes}), which
 * are part of jena-fuseki-ui's source, not of a stable API; {@code QueryUiBrowserTest} checks
 * them in a real browser, so an upgrade of Jena that changes them fails the build. Serving a
 * configuration beside the UI was chosen over rewriting its minified bundle.
 */
final class QueryUi extends HttpFilter {
    /** Where the script is served. */
    static final String SCRIPT = "/e2k-ui.js";
    private static final String UI_INDEX = "/webapp/index.html";

    private final transient byte[] index;

    QueryUi(NamedQueries queries, Iris iris, boolean writable) {
        this.index = page(config(queries, iris, writable)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ServletSupport.path(request);
        boolean page = (path.equals("/") || path.equals("/index.html"))
                && (request.getMethod().equals("GET") || request.getMethod().equals("HEAD"));
        if (!page) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        // the UI's editor asks prefix.cc for prefixes: the page connects to this server only
        response.setHeader("Content-Security-Policy", "connect-src 'self'");
        ServletSupport.send(response, "text/html;charset=utf-8", index);
    }

    /** The UI's configuration: the named queries as examples, the project's prefixes, whether writes are offered. */
    static JsonObject config(NamedQueries queries, Iris iris, boolean writable) {
        JsonBuilder json = JsonBuilder.create().startObject().key("queries").startArray();
        for (NamedQuery q : queries.all()) {
            json.startObject().pair("text", q.title()).pair("value", q.text()).pair("name", q.name()).finishObject();
        }
        json.finishArray().key("prefixes").startArray();
        for (Map.Entry<String, String> p : Prefixes.of(iris).entrySet()) {
            json.startObject().pair("text", p.getKey()).pair("uri", p.getValue()).finishObject();
        }
        return json.finishArray().pair("writable", writable).pair("root", iris.root()).finishObject().build().getAsObject();
    }

    /** The UI's index.html with the configuration and the script added at the end of its head. */
    private static String page(JsonObject config) {
        String html = resource(UI_INDEX);
        // "<" written as \u003c, so no value can close the script element
        String json = JSON.toStringFlat(config).replace("<", "\\u003c");
        String addition = "<script type=\"application/json\" id=\"e2k-ui-config\">" + json + "</script>\n"
                + "    <script type=\"module\" src=\"." + SCRIPT + "\"></script>\n  </head>";
        return html.replace("</head>", addition);
    }

    private static String resource(String name) {
        try (InputStream in = QueryUi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the script that applies the configuration ({@code ui/e2k-ui.js} beside this class). */
    static final class Script extends HttpServlet {
        private final byte[] body = resource("ui/e2k-ui.js").getBytes(StandardCharsets.UTF_8);

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            ServletSupport.send(response, "text/javascript;charset=utf-8", body);
        }
    }
}
