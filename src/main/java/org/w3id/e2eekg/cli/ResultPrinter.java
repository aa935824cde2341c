package org.w3id.e2eekg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.e2eekg.export.DatasetExporter;
import org.w3id.e2eekg.export.ExportFormat;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.Prefixes;
import org.w3id.e2eekg.store.QueryResult;

/**
 * Writes a query's answer in the chosen format. Rows and booleans go through Jena's result
 * writers (W3C SPARQL JSON, XML, CSV and TSV; an aligned table for text, {@code yes} or
 * {@code no} for ASK). Graphs go through
 * the project's sorted writers for Turtle, N-Triples, TriG and N-Quads, so the same answer
 * prints the same way every time; JSON-LD and RDF/XML through Jena.
 */
final class ResultPrinter {
    private final Iris iris;
    private final DatasetExporter exporter;

    ResultPrinter(Iris iris) {
        this.iris = iris;
        this.exporter = new DatasetExporter(iris);
    }

    void print(QueryResult result, QueryFormat format, PrefixMapping queryPrefixes, PrintWriter out) throws IOException {
        if (result instanceof QueryResult.Rows r) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (format == QueryFormat.TEXT) {
                ResultSetFormatter.out(bytes, r.rows(), queryPrefixes);
            } else {
                ResultSetFormatter.output(bytes, r.rows(), resultLang(format));
            }
            out.write(bytes.toString(StandardCharsets.UTF_8));
        } else if (result instanceof QueryResult.Answer a) {
            if (format == QueryFormat.TEXT) {
                // Jena's text form of a boolean differs between its writers; this one is fixed
                out.println(a.value() ? "yes" : "no");
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ResultSetFormatter.output(bytes, a.value(), resultLang(format));
                out.write(bytes.toString(StandardCharsets.UTF_8));
            }
        } else if (result instanceof QueryResult.Triples t) {
            DatasetGraph ds = DatasetGraphFactory.create();
            t.model().getGraph().find().forEachRemaining(ds.getDefaultGraph()::add);
            printRdf(ds, format, out);
        } else if (result instanceof QueryResult.Quads q) {
            printRdf(q.dataset(), format, out);
        }
        out.flush();
    }

    private void printRdf(DatasetGraph ds, QueryFormat format, PrintWriter out) throws IOException {
        switch (format) {
            case TURTLE -> exporter.write(ds, ExportFormat.TURTLE, out);
            case TRIG -> exporter.write(ds, ExportFormat.TRIG, out);
            case NQUADS -> exporter.write(ds, ExportFormat.NQUADS, out);
            case JSONLD -> exporter.write(ds, ExportFormat.JSONLD, out);
            case NTRIPLES -> exporter.writeNTriples(union(ds), out);
            case RDFXML -> {
                Model m = ModelFactory.createModelForGraph(union(ds));
                m.setNsPrefixes(Prefixes.of(iris));
                out.write(RDFWriter.source(m).format(RDFFormat.RDFXML_PLAIN).asString());
            }
            default -> throw new IllegalArgumentException("not an RDF format: " + format);
        }
    }

    private static Graph union(DatasetGraph ds) {
        Graph g = GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private static Lang resultLang(QueryFormat format) {
        return switch (format) {
            case JSON -> ResultSetLang.RS_JSON;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case XML -> ResultSetLang.RS_XML;
            default -> throw new IllegalArgumentException("not a result format: " + format);
        };
    }
}
