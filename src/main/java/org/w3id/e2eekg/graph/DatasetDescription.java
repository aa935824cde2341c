package org.w3id.e2eekg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.e2eekg.vocab.E2K;

/**
 * The VoID and DCAT description of the whole dataset, computed from the dataset itself:
 * title, licence, where the SPARQL endpoint and the data dumps are, the vocabularies used,
 * counts, one subset per named graph, one class partition per class of the ontology, and a
 * few example resources. It is stored as its own named graph ({@link Iris#voidGraph}) so
 * that an export carries it and a server can answer {@code /.well-known/void} from it.
 *
 * <p>Everything in it is a function of the data: no dates, no host names, no blank nodes
 * (partitions and distributions get IRIs under the dataset's IRI), so two stores with the
 * same content have the same description and an export stays reproducible. The counts
 * describe the dataset without the description itself. The endpoint and dump IRIs are under
 * the IRI root, mapped onto a server the way resource IRIs are ({@code <root>kg/sparql} is
 * {@code /kg/sparql} on the server that serves the root).
 *
 * <p>Trade-off: the counts need one pass over every quad, in memory, on every load; for a
 * store of a few hundred articles that is well under a second.
 */
public final class DatasetDescription {
    /** The licence of the data, the same as the ontology's. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** How many example resources the description names. */
    static final int EXAMPLES = 3;

    private static final String TITLE = "e2ee-kg: the public debate over end-to-end encryption and child safety";
    private static final String DESCRIPTION = "A knowledge graph of who says what in the public debate over "
            + "end-to-end encryption and child safety: actors, their stances and roles, the letters, statements and "
            + "proposals they sign, and the statistics they cite, each fact tied to the sentence of the news article "
            + "it was extracted from.";

    private final Iris iris;

    public DatasetDescription(Iris iris) {
        this.iris = iris;
    }

    /** The SPARQL endpoint's IRI: {@code <root>kg/sparql}. */
    public String sparqlEndpoint() {
        return iris.root() + "kg/sparql";
    }

    /** The IRI of the dump in {@code format} ({@code trig} or {@code ttl}): {@code <root>dump/e2ee-kg.trig}. */
    public String dump(String extension) {
        return iris.root() + "dump/e2ee-kg." + extension;
    }

    /**
     * Describes {@code dataset}, ignoring the description graph already in it. The caller
     * holds a read (or write) transaction when the dataset needs one.
     */
    public Model describe(DatasetGraph dataset) {
        Counts counts = Counts.of(dataset, iris);
        Model m = ModelFactory.createDefaultModel();
        Prefixes.apply(m, iris);
        Resource ds = m.createResource(iris.dataset());
        ds.addProperty(RDF.type, VOID.Dataset);
        ds.addProperty(RDF.type, DCAT.Dataset);
        ds.addProperty(DCTerms.title, m.createLiteral(TITLE, "en"));
        ds.addProperty(RDFS.label, m.createLiteral(TITLE, "en"));
        ds.addProperty(DCTerms.description, m.createLiteral(DESCRIPTION, "en"));
        ds.addProperty(DCTerms.license, m.createResource(LICENSE));
        for (String k : List.of("end-to-end encryption", "child safety", "encryption policy", "knowledge graph")) {
            ds.addProperty(DCAT.keyword, m.createLiteral(k, "en"));
        }
        ds.addProperty(VOID.uriSpace, iris.idBase());
        ds.addProperty(VOID.sparqlEndpoint, m.createResource(sparqlEndpoint()));
        ds.addProperty(DCTerms.conformsTo, m.createResource(E2K.ONTOLOGY_IRI));

        service(m, ds);
        distribution(m, ds, "trig", "TriG, one named graph per article", "application/trig");
        distribution(m, ds, "ttl", "Turtle, all graphs merged", "text/turtle");

        counts.vocabularies.forEach(v -> ds.addProperty(VOID.vocabulary, m.createResource(v)));
        ds.addLiteral(VOID.triples, integer(m, counts.triples));
        ds.addLiteral(VOID.entities, integer(m, counts.entities));
        ds.addLiteral(VOID.distinctSubjects, integer(m, counts.subjects));
        ds.addLiteral(VOID.distinctObjects, integer(m, counts.objects));
        ds.addLiteral(VOID.properties, integer(m, counts.properties));
        ds.addLiteral(VOID.classes, integer(m, counts.classes.size()));
        counts.examples.forEach(e -> ds.addProperty(VOID.exampleResource, m.createResource(e)));

        counts.graphs.forEach((name, n) -> {
            Resource g = m.createResource(name);
            g.addProperty(RDF.type, VOID.Dataset);
            g.addProperty(RDFS.label, graphLabel(name));
            g.addLiteral(VOID.triples, integer(m, n));
            ds.addProperty(VOID.subset, g);
        });
        counts.classes.forEach((type, n) -> {
            if (type.startsWith(E2K.NS)) {
                String local = type.substring(E2K.NS.length());
                Resource p = m.createResource(iris.dataset() + "/class/" + local);
                p.addProperty(RDFS.label, "Instances of e2k:" + local);
                p.addProperty(VOID._class, m.createResource(type));
                p.addLiteral(VOID.entities, integer(m, n));
                ds.addProperty(VOID.classPartition, p);
            }
        });
        return m;
    }

    private void service(Model m, Resource ds) {
        Resource service = m.createResource(iris.dataset() + "/sparql");
        service.addProperty(RDF.type, DCAT.DataService);
        service.addProperty(DCTerms.title, m.createLiteral("SPARQL endpoint of " + TITLE, "en"));
        service.addProperty(DCAT.endpointURL, m.createResource(sparqlEndpoint()));
        service.addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"));
        service.addProperty(DCAT.servesDataset, ds);
        ds.addProperty(DCAT.accessService, service);
    }

    private void distribution(Model m, Resource ds, String extension, String title, String mediaType) {
        Resource d = m.createResource(iris.dataset() + "/dump/" + extension);
        d.addProperty(RDF.type, DCAT.Distribution);
        d.addProperty(DCTerms.title, m.createLiteral(title, "en"));
        d.addProperty(DCAT.downloadURL, m.createResource(dump(extension)));
        d.addProperty(DCAT.mediaType, m.createResource("http://www.iana.org/assignments/media-types/" + mediaType));
        d.addProperty(DCTerms.license, m.createResource(LICENSE));
        ds.addProperty(DCAT.distribution, d);
        ds.addProperty(VOID.dataDump, m.createResource(dump(extension)));
    }

    private String graphLabel(String name) {
        if (name.startsWith(iris.articleGraphPrefix())) {
            return "Graph of article " + name.substring(iris.articleGraphPrefix().length());
        }
        if (name.equals(iris.ontologyGraph())) {
            return "The ontology and its SHACL shapes";
        }
        if (name.equals(iris.referenceGraph())) {
            return "Reference data of known actors and places";
        }
        return "Graph " + name;
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    /** What one pass over the quads finds. */
    private static final class Counts {
        long triples;
        long entities;
        long subjects;
        long objects;
        long properties;
        final Map<String, Long> graphs = new TreeMap<>();
        final Map<String, Long> classes = new TreeMap<>();
        final Set<String> vocabularies = new TreeSet<>();
        final List<String> examples = new ArrayList<>();

        static Counts of(DatasetGraph dataset, Iris iris) {
            Node descriptionGraph = NodeFactory.createURI(iris.voidGraph());
            Set<Triple> triples = new HashSet<>();
            Set<Node> subjects = new HashSet<>();
            Set<Node> objects = new HashSet<>();
            Set<Node> predicates = new HashSet<>();
            Map<Node, Set<Node>> typed = new HashMap<>();
            Map<String, Long> mentions = new HashMap<>();
            Counts c = new Counts();
            for (Iterator<Quad> it = dataset.find(); it.hasNext(); ) {
                Quad q = it.next();
                if (q.getGraph().equals(descriptionGraph)) {
                    continue;
                }
                if (!q.isDefaultGraph() && q.getGraph().isURI()) {
                    c.graphs.merge(q.getGraph().getURI(), 1L, Long::sum);
                }
                Triple t = q.asTriple();
                triples.add(t);
                subjects.add(t.getSubject());
                objects.add(t.getObject());
                predicates.add(t.getPredicate());
                if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                    typed.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
                }
                if (t.getPredicate().getURI().equals(E2K.mentionCount.getURI()) && t.getSubject().isURI()
                        && t.getObject().isLiteral() && t.getObject().getLiteralValue() instanceof Number n) {
                    mentions.merge(t.getSubject().getURI(), n.longValue(), Long::sum);
                }
            }
            c.triples = triples.size();
            c.subjects = subjects.size();
            c.objects = objects.size();
            c.properties = predicates.size();
            c.entities = subjects.stream().filter(n -> n.isURI() && n.getURI().startsWith(iris.idBase())).count();
            typed.forEach((type, members) -> c.classes.put(type.getURI(), (long) members.size()));
            List<String> namespaces = new ArrayList<>(Prefixes.of(iris).values());
            namespaces.remove(iris.idBase());
            namespaces.sort(Comparator.comparing(String::length).reversed());
            for (Node p : predicates) {
                vocabulary(p.getURI(), namespaces).ifPresent(c.vocabularies::add);
            }
            for (Node type : typed.keySet()) {
                vocabulary(type.getURI(), namespaces).ifPresent(c.vocabularies::add);
            }
            c.examples.addAll(examples(typed, mentions, iris));
            return c;
        }

        private static Optional<String> vocabulary(String term, List<String> namespaces) {
            for (String ns : namespaces) {
                if (term.startsWith(ns)) {
                    return Optional.of(ns.endsWith("#") ? ns.substring(0, ns.length() - 1) : ns);
                }
            }
            return Optional.empty();
        }

        /** The most mentioned actor, the first article and the first statistic, by IRI. */
        private static List<String> examples(Map<Node, Set<Node>> typed, Map<String, Long> mentions, Iris iris) {
            List<String> out = new ArrayList<>();
            mentions.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(iris.idBase()))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .findFirst().ifPresent(e -> out.add(e.getKey()));
            for (Node type : List.of(E2K.Article.asNode(), E2K.Statistic.asNode())) {
                typed.getOrDefault(type, Set.of()).stream()
                        .filter(Node::isURI).map(Node::getURI).sorted().findFirst()
                        .ifPresent(out::add);
            }
            return out.stream().distinct().limit(EXAMPLES).toList();
        }
    }
}
