package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.e2eekg.export.DatasetExporter;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.Prefixes;

/**
 * Writes a graph as an HTTP response in one of the RDF formats a description is offered in.
 * Turtle and N-Triples go through the project's sorted writers, so the same description
 * always gives the same bytes; JSON-LD and RDF/XML through Jena's.
 */
final class RdfOutput {
    /** The RDF media types, Turtle first: what a client that accepts anything gets. */
    static final List<String> TYPES = List.of(Negotiation.TURTLE, Negotiation.JSONLD, Negotiation.NTRIPLES, Negotiation.RDFXML);
    /** {@link #TYPES}, then the page for people ({@code text/html}, {@code application/xhtml+xml}). */
    static final List<String> TYPES_AND_HTML = List.of(Negotiation.TURTLE, Negotiation.JSONLD, Negotiation.NTRIPLES,
            Negotiation.RDFXML, Negotiation.HTML, Negotiation.XHTML);

    private final Iris iris;

    RdfOutput(Iris iris) {
        this.iris = iris;
    }

    /** The Content-Type header value for {@code mediaType}. */
    static String contentType(String mediaType) {
        return mediaType + (mediaType.equals(Negotiation.JSONLD) ? "" : ";charset=utf-8");
    }

    void write(Model model, String mediaType, HttpServletResponse response) throws IOException {
        response.setContentType(contentType(mediaType));
        response.setCharacterEncoding("utf-8");
        write(model, mediaType, response.getOutputStream());
    }

    /** Writes {@code model} in {@code mediaType}, one of {@link #TYPES}, to {@code out}. */
    void write(Model model, String mediaType, OutputStream out) throws IOException {
        Prefixes.apply(model, iris);
        switch (mediaType) {
            case Negotiation.TURTLE -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new DatasetExporter(iris).writeTurtle(model.getGraph(), w);
            }
            case Negotiation.NTRIPLES -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new DatasetExporter(iris).writeNTriples(model.getGraph(), w);
            }
            case Negotiation.JSONLD -> RDFDataMgr.write(out, model, RDFFormat.JSONLD11_PRETTY);
            case Negotiation.RDFXML -> RDFDataMgr.write(out, model, RDFFormat.RDFXML_PLAIN);
            default -> throw new IllegalArgumentException("not an RDF format offered: " + mediaType);
        }
        out.flush();
    }
}
