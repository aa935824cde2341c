package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.e2eekg.export.DatasetExporter;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.graph.Iris;

/**
 * The data dumps the VoID description names: {@code /dump/e2ee-kg.trig} (named graphs kept)
 * and {@code /dump/e2ee-kg.ttl} (merged), written by the same exporter as
 * {@code e2ee-kg export}, so they equal the files in {@code triples/} for the same store.
 *
 * <p>Trade-off: each request copies the store into memory to sort it, fine for the size
 * of this graph; a much larger one would want a cached file.
 */
final class DumpServlet extends HttpServlet {
    private final transient DatasetGraph dataset;
    private final transient Iris iris;

    DumpServlet(DatasetGraph dataset, Iris iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = AccessGuard.path(request);
        ExportFormat format;
        String type;
        if (path.equals("/dump/e2ee-kg.trig")) {
            format = ExportFormat.TRIG;
            type = Negotiation.TRIG;
        } else if (path.equals("/dump/e2ee-kg.ttl")) {
            format = ExportFormat.TURTLE;
            type = Negotiation.TURTLE;
        } else {
            ServletSupport.error(response, HttpServletResponse.SC_NOT_FOUND, "No such dump; try /dump/e2ee-kg.trig or /dump/e2ee-kg.ttl");
            return;
        }
        DatasetGraph copy = Txn.calculateRead(dataset, () -> {
            DatasetGraph out = DatasetGraphFactory.create();
            dataset.find().forEachRemaining(out::add);
            return out;
        });
        response.setContentType(type + ";charset=utf-8");
        Writer w = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        new DatasetExporter(iris).write(copy, format, w);
        w.flush();
    }
}
