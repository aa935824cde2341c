package org.w3id.e2eekg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.Prefixes;

/**
 * Writes datasets and graphs deterministically: the same content gives the same bytes,
 * whatever order it was loaded in.
 *
 * <ul>
 *   <li>TriG: the prefixes of {@link Prefixes#of}, then the default graph (if it has
 *       triples), then every named graph, sorted by name, each written by the sorted
 *       {@link TurtleBlockWriter}.</li>
 *   <li>Turtle: the union of all graphs, duplicates merged, written the same way.</li>
 *   <li>N-Quads and N-Triples: one line per quad, sorted as text, no duplicates.</li>
 *   <li>JSON-LD 1.1: written by Jena from an in-memory copy built in sorted order, which
 *       makes Jena's output order reproducible.</li>
 * </ul>
 *
 * <p>Trade-off: sorting needs all quads in memory, which suits a knowledge graph of a few
 * hundred articles; a streaming writer would not be reproducible.
 */
public final class DatasetExporter {
    private final Map<String, String> prefixes;

    public DatasetExporter(Iris iris) {
        this.prefixes = new TreeMap<>(Prefixes.of(iris));
    }

    /** Writes the whole dataset in {@code format}. */
    public void write(DatasetGraph dataset, ExportFormat format, Writer out) throws IOException {
        List<Quad> quads = new ArrayList<>();
        dataset.find().forEachRemaining(quads::add);
        Terms terms = terms(quads);
        switch (format) {
            case TRIG -> writeTrig(quads, terms, out);
            case TURTLE -> writeTurtle(triplesOf(quads), terms, out);
            case NQUADS -> writeLines(quads, terms, out);
            case JSONLD -> writeJsonLd(quads, terms, out);
            default -> throw new IllegalArgumentException(format + " is not an RDF format");
        }
        out.flush();
    }

    /** Writes one graph as sorted Turtle. */
    public void writeTurtle(Graph graph, Writer out) throws IOException {
        List<Quad> quads = asQuads(graph);
        writeTurtle(triplesOf(quads), terms(quads), out);
        out.flush();
    }

    /** Writes one graph as sorted N-Triples. */
    public void writeNTriples(Graph graph, Writer out) throws IOException {
        List<Quad> quads = asQuads(graph);
        writeLines(quads, terms(quads), out);
        out.flush();
    }

    private static List<Quad> asQuads(Graph graph) {
        List<Quad> quads = new ArrayList<>();
        graph.find().forEachRemaining(t -> quads.add(Quad.create(Quad.defaultGraphIRI, t)));
        return quads;
    }

    private Terms terms(Collection<Quad> quads) {
        return new Terms(prefixMap(), BlankNodeLabels.of(quads));
    }

    private PrefixMap prefixMap() {
        return PrefixMapFactory.create(prefixes);
    }

    private void writePrefixes(Writer out) throws IOException {
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            out.write("@prefix " + p.getKey() + ": <" + p.getValue() + "> .\n");
        }
    }

    private void writeTurtle(Collection<Triple> triples, Terms terms, Writer out) throws IOException {
        writePrefixes(out);
        if (!triples.isEmpty()) {
            out.write("\n");
            new TurtleBlockWriter(terms).write(out, triples, "");
        }
    }

    private void writeTrig(List<Quad> quads, Terms terms, Writer out) throws IOException {
        Map<Node, Set<Triple>> graphs = new TreeMap<>(terms.order());
        Set<Triple> defaultGraph = new LinkedHashSet<>();
        for (Quad q : quads) {
            if (q.isDefaultGraph()) {
                defaultGraph.add(q.asTriple());
            } else {
                graphs.computeIfAbsent(q.getGraph(), k -> new LinkedHashSet<>()).add(q.asTriple());
            }
        }
        writePrefixes(out);
        TurtleBlockWriter body = new TurtleBlockWriter(terms);
        if (!defaultGraph.isEmpty()) {
            out.write("\n");
            body.write(out, defaultGraph, "");
        }
        for (Map.Entry<Node, Set<Triple>> g : graphs.entrySet()) {
            out.write("\n" + terms.turtle(g.getKey()) + " {\n");
            body.write(out, g.getValue(), "    ");
            out.write("}\n");
        }
    }

    private static Set<Triple> triplesOf(List<Quad> quads) {
        Set<Triple> triples = new LinkedHashSet<>();
        quads.forEach(q -> triples.add(q.asTriple()));
        return triples;
    }

    private static void writeLines(List<Quad> quads, Terms terms, Writer out) throws IOException {
        for (String line : sortedLines(quads, terms)) {
            out.write(line);
            out.write("\n");
        }
    }

    /** The quads as sorted, distinct N-Quads lines (N-Triples lines for the default graph). */
    private static Set<String> sortedLines(List<Quad> quads, Terms terms) {
        Set<String> lines = new TreeSet<>();
        for (Quad q : quads) {
            StringBuilder sb = new StringBuilder();
            sb.append(terms.nt(q.getSubject())).append(' ')
                    .append(terms.nt(q.getPredicate())).append(' ')
                    .append(terms.nt(q.getObject()));
            if (!q.isDefaultGraph()) {
                sb.append(' ').append(terms.nt(q.getGraph()));
            }
            lines.add(sb.append(" .").toString());
        }
        return lines;
    }

    private void writeJsonLd(List<Quad> quads, Terms terms, Writer out) throws IOException {
        List<Quad> sorted = new ArrayList<>(quads);
        sorted.sort((a, b) -> compareQuads(terms, a, b));
        DatasetGraph copy = DatasetGraphFactory.create();
        copy.prefixes().putAll(prefixMap());
        for (Quad q : sorted) {
            copy.add(terms.canonical(q.getGraph()), terms.canonical(q.getSubject()), q.getPredicate(),
                    terms.canonical(q.getObject()));
        }
        out.write(RDFWriter.source(copy).format(RDFFormat.JSONLD11).asString());
    }

    private static int compareQuads(Terms terms, Quad a, Quad b) {
        var order = terms.order();
        int c = order.compare(a.getGraph(), b.getGraph());
        if (c == 0) {
            c = order.compare(a.getSubject(), b.getSubject());
        }
        if (c == 0) {
            c = order.compare(a.getPredicate(), b.getPredicate());
        }
        if (c == 0) {
            c = order.compare(a.getObject(), b.getObject());
        }
        return c;
    }
}
