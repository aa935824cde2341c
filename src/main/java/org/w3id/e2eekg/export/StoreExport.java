package org.w3id.e2eekg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.e2eekg.export.graph.CytoscapeWriter;
import org.w3id.e2eekg.export.graph.DotWriter;
import org.w3id.e2eekg.export.graph.FactView;
import org.w3id.e2eekg.export.graph.GexfWriter;
import org.w3id.e2eekg.export.graph.GraphMlWriter;
import org.w3id.e2eekg.export.graph.OntologyTerms;
import org.w3id.e2eekg.export.graph.PropertyGraph;
import org.w3id.e2eekg.export.graph.PropertyGraphBuilder;
import org.w3id.e2eekg.export.graph.View;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.graph.KnowledgeGraphs;
import org.w3id.e2eekg.graph.Prefixes;

/**
 * One export, as the {@code export} command and the server's {@code /export/} ask for it:
 * which part of the store (all of it, or one named graph), seen how (the fact view, every
 * triple, or a CONSTRUCT query's result), in which format. It works in two steps so that a
 * server can hold its read transaction only as long as needed: {@link #select} reads what is
 * asked out of the store into memory; {@link #write} writes it.
 *
 * <p>The fact view and a query run over the chosen graph together with the ontology and
 * reference graphs (the view finds facts through the ontology; reference data gives labels
 * and Wikidata ids). The full view of one graph is that graph alone. Node kinds, property
 * labels and stances come from the bundled ontology.
 */
public final class StoreExport {
    private final Iris iris;
    private final PropertyGraphBuilder builder;

    public StoreExport(Iris iris) {
        this.iris = iris;
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(iris));
        this.builder = new PropertyGraphBuilder(new OntologyTerms(KnowledgeGraphs.ontology(iris)), prefixes);
    }

    /**
     * What to export.
     *
     * @param format the format
     * @param view   the view; when empty, the fact view for graph formats and the full view for RDF
     * @param graph  one named graph's IRI; when empty, the whole store
     * @param query  a CONSTRUCT query to run instead of a view
     */
    public record Request(ExportFormat format, Optional<View> view, Optional<String> graph, Optional<Query> query) {
        public Request {
            Objects.requireNonNull(format, "format");
            if (query.isPresent() && view.isPresent()) {
                throw new IllegalArgumentException("a query and a view exclude each other");
            }
            if (query.isPresent() && !query.get().isConstructType()) {
                throw new IllegalArgumentException("the query is not a CONSTRUCT query");
            }
        }

        /** The view the export shows. */
        public View effectiveView() {
            return view.orElse(format.isRdf() ? View.FULL : View.FACT);
        }
    }

    /** What was read for a request: RDF or a property graph, in memory. */
    public record Selected(ExportFormat format, Optional<DatasetGraph> rdf, Optional<PropertyGraph> graph) {}

    /** A named graph the store does not have. */
    public static final class UnknownGraphException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnknownGraphException(String graph) {
            super("the store has no graph <" + graph + ">");
        }
    }

    /** Reads what {@code request} asks for out of {@code store}; inside a read transaction for TDB2. */
    public Selected select(DatasetGraph store, Request request) {
        Optional<Node> graph = request.graph().map(NodeFactory::createURI);
        if (graph.isPresent() && !store.containsGraph(graph.get())) {
            throw new UnknownGraphException(request.graph().get());
        }
        boolean rdf = request.format().isRdf();
        if (request.query().isEmpty() && request.effectiveView() == View.FULL) {
            if (rdf) {
                return new Selected(request.format(), Optional.of(copy(store, graph)), Optional.empty());
            }
            Graph data = merge(store, graph.map(List::of).orElse(null));
            return new Selected(request.format(), Optional.empty(), Optional.of(builder.build(data, false)));
        }
        Graph data = merge(store, graph.map(g -> List.of(g, uri(iris.ontologyGraph()), uri(iris.referenceGraph()))).orElse(null));
        Graph result = request.query().map(q -> FactView.construct(q, data)).orElseGet(() -> FactView.of(data));
        if (rdf) {
            return new Selected(request.format(), Optional.of(DatasetGraphFactory.wrap(result)), Optional.empty());
        }
        return new Selected(request.format(), Optional.empty(), Optional.of(builder.build(result, true)));
    }

    /** Writes what was selected, deterministically. */
    public void write(Selected selected, Writer out) throws IOException {
        if (selected.rdf().isPresent()) {
            new DatasetExporter(iris).write(selected.rdf().get(), selected.format(), out);
            return;
        }
        PropertyGraph graph = selected.graph().orElseThrow();
        switch (selected.format()) {
            case GRAPHML -> new GraphMlWriter().write(graph, out);
            case GEXF -> new GexfWriter().write(graph, out);
            case DOT -> new DotWriter().write(graph, out);
            case CYTOSCAPE -> new CytoscapeWriter(iris.root()).write(graph, out);
            default -> throw new IllegalArgumentException(selected.format() + " is not a graph format");
        }
        out.flush();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The store, or one of its named graphs, copied. */
    private static DatasetGraph copy(DatasetGraph store, Optional<Node> graph) {
        DatasetGraph out = DatasetGraphFactory.create();
        store.find(graph.orElse(Node.ANY), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    /** The triples of the given graphs (those the store has), or of every graph when {@code graphs} is null, merged. */
    private static Graph merge(DatasetGraph store, List<Node> graphs) {
        Graph out = GraphFactory.createDefaultGraph();
        if (graphs == null) {
            store.find().forEachRemaining(q -> out.add(q.asTriple()));
        } else {
            for (Node g : graphs) {
                store.getGraph(g).find().forEachRemaining(out::add);
            }
        }
        return out;
    }
}
