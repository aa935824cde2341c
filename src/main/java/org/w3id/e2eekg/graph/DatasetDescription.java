package org.w3id.e2eekg.graph;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
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
 * counts ({@link DatasetCounts}), one subset per named graph with its size, one class
 * partition per class and one property partition per property, and a few example
 * resources. It is stored as its own named graph ({@link Iris#voidGraph}) so that an export
 * carries it and a server can answer {@code /.well-known/void} from it.
 *
 * <p>Everything in it is a function of the data: no dates, no host names, no blank nodes
 * (partitions and distributions get IRIs under the dataset's IRI), so two stores with the
 * same content have the same description and an export stays reproducible. The counts
 * describe the dataset without the description itself. The endpoint and dump IRIs are under
 * the IRI root, mapped onto a server the way resource IRIs are ({@code <root>kg/sparql} is
 * {@code /kg/sparql} on the server that serves the root).
 *
 * <p>The description is made in two parts, so that a store need not rebuild it whole: the
 * {@link #head} (everything said of the dataset, from its counts) and one {@link #subset}
 * per named graph. The partitions make the head hold every number that a load needs to
 * bring the counts up to date ({@link #readCounts}), so a store of any size is described
 * after a load at the cost of what the load changed. {@link #describe} counts a dataset in
 * memory, for a dataset that is not a TDB2 store.
 */
public final class DatasetDescription {
    /** The licence of the data, the same as the ontology's. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** How many example resources the description names. */
    static final int EXAMPLES = 3;
    /** A local name that can end a partition's IRI as it is. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

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
     * Describes {@code dataset}, ignoring the description graph already in it: counts it in
     * memory ({@link DatasetCounts#of}) and lists every named graph with its size. The caller
     * holds a read (or write) transaction when the dataset needs one.
     */
    public Model describe(DatasetGraph dataset) {
        Model m = head(DatasetCounts.of(dataset, iris));
        Node descriptionGraph = NodeFactory.createURI(iris.voidGraph());
        Map<String, Long> graphs = new TreeMap<>();
        for (Iterator<Quad> it = dataset.find(); it.hasNext(); ) {
            Quad q = it.next();
            if (!q.isDefaultGraph() && q.getGraph().isURI() && !q.getGraph().equals(descriptionGraph)) {
                graphs.merge(q.getGraph().getURI(), 1L, Long::sum);
            }
        }
        graphs.forEach((name, n) -> subset(name, n).forEach(m.getGraph()::add));
        return m;
    }

    /**
     * The description without its list of graphs: the dataset with its counts, partitions,
     * examples, vocabularies, service and distributions. With {@link #subset} for each named
     * graph, it is the whole description.
     */
    public Model head(DatasetCounts counts) {
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

        counts.vocabularies(iris).forEach(v -> ds.addProperty(VOID.vocabulary, m.createResource(v)));
        ds.addLiteral(VOID.triples, integer(m, counts.triples()));
        ds.addLiteral(VOID.entities, integer(m, counts.entities()));
        ds.addLiteral(VOID.distinctSubjects, integer(m, counts.subjects()));
        ds.addLiteral(VOID.distinctObjects, integer(m, counts.objects()));
        ds.addLiteral(VOID.properties, integer(m, counts.properties().size()));
        ds.addLiteral(VOID.classes, integer(m, counts.classes().size()));
        counts.examples().inOrder().forEach(e -> ds.addProperty(VOID.exampleResource, m.createResource(e)));

        counts.classes().forEach((type, n) -> {
            Resource p = m.createResource(partition("class", type));
            p.addProperty(RDFS.label, "Instances of " + shortName(type));
            p.addProperty(VOID._class, m.createResource(type));
            p.addLiteral(VOID.entities, integer(m, n));
            ds.addProperty(VOID.classPartition, p);
        });
        counts.properties().forEach((property, n) -> {
            Resource p = m.createResource(partition("property", property));
            p.addProperty(RDFS.label, "Triples of " + shortName(property));
            p.addProperty(VOID.property, m.createResource(property));
            p.addLiteral(VOID.triples, integer(m, n));
            ds.addProperty(VOID.propertyPartition, p);
        });
        return m;
    }

    /** The triples that list the named graph {@code name}, of {@code triples} triples, as a subset of the dataset. */
    public List<Triple> subset(String name, long triples) {
        Node g = NodeFactory.createURI(name);
        return List.of(
                Triple.create(NodeFactory.createURI(iris.dataset()), VOID.subset.asNode(), g),
                Triple.create(g, RDF.type.asNode(), VOID.Dataset.asNode()),
                Triple.create(g, RDFS.label.asNode(), NodeFactory.createLiteralString(graphLabel(name))),
                Triple.create(g, VOID.triples.asNode(), NodeFactory.createLiteralDT(String.valueOf(triples), XSDDatatype.XSDinteger)));
    }

    /**
     * The counts a description written by {@link #head} holds, read back; empty when it holds
     * none or lacks a part (a description written by an older version). The roles of the
     * example resources are not written; {@code isArticle} and {@code isStatistic} tell them.
     */
    public Optional<DatasetCounts> readCounts(Graph description, Predicate<String> isArticle, Predicate<String> isStatistic) {
        Node ds = NodeFactory.createURI(iris.dataset());
        Optional<Long> triples = number(description, ds, VOID.triples);
        Optional<Long> subjects = number(description, ds, VOID.distinctSubjects);
        Optional<Long> objects = number(description, ds, VOID.distinctObjects);
        Optional<Long> entities = number(description, ds, VOID.entities);
        Optional<Long> propertyCount = number(description, ds, VOID.properties);
        Optional<Long> classCount = number(description, ds, VOID.classes);
        if (triples.isEmpty() || subjects.isEmpty() || objects.isEmpty() || entities.isEmpty()
                || propertyCount.isEmpty() || classCount.isEmpty()) {
            return Optional.empty();
        }
        SortedMap<String, Long> properties = partitions(description, ds, VOID.propertyPartition, VOID.property, VOID.triples);
        SortedMap<String, Long> classes = partitions(description, ds, VOID.classPartition, VOID._class, VOID.entities);
        if (properties.size() != propertyCount.get() || classes.size() != classCount.get()) {
            return Optional.empty();
        }
        String actor = null;
        String article = null;
        String statistic = null;
        for (Triple t : description.find(ds, VOID.exampleResource.asNode(), Node.ANY).toList()) {
            String e = t.getObject().getURI();
            if (isArticle.test(e)) {
                article = e;
            } else if (isStatistic.test(e)) {
                statistic = e;
            } else {
                actor = e;
            }
        }
        return Optional.of(new DatasetCounts(triples.get(), subjects.get(), objects.get(), entities.get(), properties,
                classes, new DatasetCounts.Examples(actor, article, statistic)));
    }

    private static Optional<Long> number(Graph g, Node subject, Property p) {
        List<Triple> found = g.find(subject, p.asNode(), Node.ANY).toList();
        if (found.size() != 1 || !(found.get(0).getObject().isLiteral()
                && found.get(0).getObject().getLiteralValue() instanceof Number n)) {
            return Optional.empty();
        }
        return Optional.of(n.longValue());
    }

    private static SortedMap<String, Long> partitions(Graph g, Node ds, Property partition, Property term, Property count) {
        SortedMap<String, Long> out = new TreeMap<>();
        g.find(ds, partition.asNode(), Node.ANY).forEachRemaining(t -> {
            List<Triple> terms = g.find(t.getObject(), term.asNode(), Node.ANY).toList();
            Optional<Long> n = number(g, t.getObject(), count);
            if (terms.size() == 1 && terms.get(0).getObject().isURI() && n.isPresent()) {
                out.put(terms.get(0).getObject().getURI(), n.get());
            }
        });
        return out;
    }

    /** {@code <dataset>/class/Person} for an e2k term, {@code <dataset>/class/prov-Entity} for another. */
    private String partition(String kind, String term) {
        return iris.dataset() + "/" + kind + "/" + localName(term);
    }

    private String localName(String term) {
        if (term.startsWith(E2K.NS) && SAFE.matcher(term.substring(E2K.NS.length())).matches()) {
            return term.substring(E2K.NS.length());
        }
        for (Map.Entry<String, String> p : Prefixes.of(iris).entrySet()) {
            String local = term.startsWith(p.getValue()) ? term.substring(p.getValue().length()) : null;
            if (local != null && SAFE.matcher(local).matches()) {
                return p.getKey() + "-" + local;
            }
        }
        return "x-" + Iris.hash(term);
    }

    private String shortName(String term) {
        for (Map.Entry<String, String> p : Prefixes.of(iris).entrySet()) {
            if (term.startsWith(p.getValue()) && term.length() > p.getValue().length()) {
                return p.getKey() + ":" + term.substring(p.getValue().length());
            }
        }
        return "<" + term + ">";
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
}
