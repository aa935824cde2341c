package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.export.StoreExport;
import org.w3id.e2eekg.export.graph.View;
import org.w3id.e2eekg.graph.Iris;

/**
 * The exports over HTTP, as {@code e2ee-kg export} writes them:
 * {@code GET /export/{format}} with {@code format} one of the {@link ExportFormat} names
 * ({@code graphml}, {@code gexf}, {@code dot}, {@code cytoscape}, {@code trig} ...), and
 * optionally {@code ?graph=IRI} (one named graph) and {@code ?view=fact|full}. The answer
 * has the format's media type and a file name ({@code Content-Disposition}), so a click
 * in a browser saves a file a graph tool opens. An unknown format or graph is 404, a bad
 * view 400. CONSTRUCT queries are not taken here: that is the SPARQL endpoint's job.
 *
 * <p>Trade-off: each request reads what it needs into memory inside one read transaction
 * and builds the view there; fine for this graph's size, where a much larger one would want
 * a cache like the dumps' ({@link DumpCache}). So that this cannot be multiplied at will,
 * exports share the dumps' {@link DownloadSlots}: beyond them, 503 with Retry-After.
 */
final class ExportServlet extends HttpServlet {
    private final transient DatasetGraph dataset;
    private final transient StoreExport export;
    private final transient DownloadSlots slots;

    ExportServlet(DatasetGraph dataset, Iris iris, DownloadSlots slots) {
        this.dataset = dataset;
        this.export = new StoreExport(iris);
        this.slots = slots;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = ServletSupport.path(request).substring("/export".length()).replaceFirst("^/", "");
        Optional<ExportFormat> format = Arrays.stream(ExportFormat.values()).filter(f -> f.toString().equals(name)).findFirst();
        if (format.isEmpty()) {
            ServletSupport.error(response, HttpServletResponse.SC_NOT_FOUND,
                    "No such export format; try /export/ and one of " + Arrays.toString(ExportFormat.values()));
            return;
        }
        Optional<View> view;
        try {
            view = Optional.ofNullable(request.getParameter("view")).map(v -> View.valueOf(v.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            ServletSupport.error(response, HttpServletResponse.SC_BAD_REQUEST, "view must be fact or full");
            return;
        }
        StoreExport.Request wanted = new StoreExport.Request(format.get(), view,
                Optional.ofNullable(request.getParameter("graph")), Optional.empty());
        slots.send(response, () -> send(wanted, response));
    }

    private void send(StoreExport.Request wanted, HttpServletResponse response) throws IOException {
        ExportFormat format = wanted.format();
        StoreExport.Selected selected;
        try {
            selected = Txn.calculateRead(dataset, () -> export.select(dataset, wanted));
        } catch (StoreExport.UnknownGraphException e) {
            ServletSupport.error(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + e.getMessage());
            return;
        }
        response.setContentType(format.mediaType() + ";charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"e2ee-kg-" + wanted.effectiveView() + "."
                + format.extension() + "\"");
        Writer w = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.write(selected, w);
        w.flush();
    }
}
