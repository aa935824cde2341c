package org.w3id.e2eekg.export.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.e2eekg.export.BlankNodeLabels;

/**
 * Turns an RDF graph into a {@link PropertyGraph}, the way graph tools want it:
 *
 * <ul>
 *   <li>every IRI or blank node that is the subject of a triple or the object of a
 *       non-{@code rdf:type} triple is a node; its {@code rdf:type}s give its
 *       {@link NodeKind}, its literals its attributes and its label;</li>
 *   <li>every other triple with a resource as object is an edge;</li>
 *   <li>with folding on, a reified statement ({@code rdf:subject}, {@code rdf:predicate},
 *       {@code rdf:object}) whose triple is in the graph is not a node: its other values
 *       become attributes of that triple's edge, merged over all statements of the triple.</li>
 * </ul>
 *
 * <p>It knows nothing of which triples are facts: that is the view's business (the fact
 * view's query chooses them). Trade-off: a whole graph is held in memory, twice, which is
 * what sorting the output needs anyway.
 */
public final class PropertyGraphBuilder {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBJECT = RDF.subject.asNode();
    private static final Node PREDICATE = RDF.predicate.asNode();
    private static final Node OBJECT = RDF.object.asNode();

    private final OntologyTerms ontology;
    private final PrefixMapping prefixes;
    private final AttributeNames names;

    public PropertyGraphBuilder(OntologyTerms ontology, PrefixMapping prefixes) {
        this.ontology = ontology;
        this.prefixes = prefixes;
        this.names = new AttributeNames(prefixes);
    }

    /** The property graph of {@code rdf}; {@code foldStatements} folds reified statements into their edges. */
    public PropertyGraph build(Graph rdf, boolean foldStatements) {
        List<Triple> triples = rdf.find().toList();
        List<Quad> quads = triples.stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).toList();
        BlankNodeLabels blanks = BlankNodeLabels.of(quads);
        Map<Node, Triple> folded = foldStatements ? statements(rdf) : Map.of();

        Map<Node, NodeParts> nodes = new HashMap<>();
        Map<Triple, SortedMap<String, List<Value>>> edges = new HashMap<>();
        for (Triple t : triples) {
            Node s = t.getSubject();
            if (folded.containsKey(s)) {
                continue;
            }
            NodeParts parts = nodes.computeIfAbsent(s, k -> new NodeParts());
            Node o = t.getObject();
            if (t.getPredicate().equals(TYPE) && o.isURI()) {
                parts.types.add(o.getURI());
            } else if (o.isLiteral()) {
                add(parts.attributes, names.of(t.getPredicate().getURI()), literal(o));
                parts.literals.add(t);
            } else {
                nodes.computeIfAbsent(o, k -> new NodeParts());
                edges.computeIfAbsent(t, k -> new TreeMap<>());
            }
        }
        folded.forEach((statement, triple) -> {
            SortedMap<String, List<Value>> attributes = edges.get(triple);
            if (attributes == null) {
                return; // the statement's triple is about a folded statement itself
            }
            rdf.find(statement, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node p = t.getPredicate();
                if (!p.equals(TYPE) && !p.equals(SUBJECT) && !p.equals(PREDICATE) && !p.equals(OBJECT)) {
                    add(attributes, names.of(p.getURI()), value(t.getObject(), blanks));
                }
            });
        });

        List<GraphNode> nodeList = new ArrayList<>();
        nodes.forEach((n, parts) -> nodeList.add(new GraphNode(id(n, blanks), label(n, parts), ontology.kind(parts.types),
                parts.types.stream().toList(), parts.attributes)));
        List<GraphEdge> edgeList = new ArrayList<>();
        edges.forEach((t, attributes) -> {
            String p = t.getPredicate().getURI();
            edgeList.add(new GraphEdge(id(t.getSubject(), blanks), p, id(t.getObject(), blanks), ontology.label(p),
                    ontology.stance(p), Dates.earliest(attributes.values()), attributes));
        });
        return new PropertyGraph(nodeList, edgeList);
    }

    /** The reified statements whose triple is in the graph, each with that triple. */
    private static Map<Node, Triple> statements(Graph rdf) {
        Map<Node, Triple> out = new HashMap<>();
        rdf.find(Node.ANY, SUBJECT, Node.ANY).forEachRemaining(t -> {
            Node st = t.getSubject();
            Optional<Node> p = only(rdf, st, PREDICATE);
            Optional<Node> o = only(rdf, st, OBJECT);
            Optional<Node> s = only(rdf, st, SUBJECT);
            if (s.isPresent() && p.isPresent() && o.isPresent() && p.get().isURI()) {
                Triple reified = Triple.create(s.get(), p.get(), o.get());
                if (rdf.contains(reified)) {
                    out.put(st, reified);
                }
            }
        });
        return out;
    }

    private static Optional<Node> only(Graph rdf, Node s, Node p) {
        List<Triple> ts = rdf.find(s, p, Node.ANY).toList();
        return ts.size() == 1 ? Optional.of(ts.get(0).getObject()) : Optional.empty();
    }

    private static void add(SortedMap<String, List<Value>> attributes, String name, Value v) {
        attributes.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
    }

    private static Value literal(Node o) {
        return new Value(o.getLiteralLexicalForm(), o.getLiteralDatatypeURI());
    }

    private static Value value(Node o, BlankNodeLabels blanks) {
        return o.isLiteral() ? literal(o) : Value.text(id(o, blanks));
    }

    private static String id(Node n, BlankNodeLabels blanks) {
        return n.isBlank() ? "_:" + blanks.label(n) : n.getURI();
    }

    /** An English or untagged rdfs:label, else skos:prefLabel, else the IRI's short form; the least of several. */
    private String label(Node n, NodeParts parts) {
        for (Node property : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
            Optional<String> l = parts.literals.stream().filter(t -> t.getPredicate().equals(property))
                    .map(Triple::getObject)
                    .filter(o -> o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().startsWith("en"))
                    .map(Node::getLiteralLexicalForm).min(Comparator.naturalOrder());
            if (l.isPresent()) {
                return l.get();
            }
        }
        if (n.isBlank()) {
            return "[]";
        }
        String q = prefixes.qnameFor(n.getURI());
        return q != null ? q : prefixes.shortForm(n.getURI());
    }

    /** What is gathered about one node while reading the triples. */
    private static final class NodeParts {
        final TreeSet<String> types = new TreeSet<>();
        final SortedMap<String, List<Value>> attributes = new TreeMap<>();
        final List<Triple> literals = new ArrayList<>();
    }
}
