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
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.e2eekg.vocab.E2K;

/**
 * The numbers of the dataset's VoID description ({@link DatasetDescription}), over the union
 * of all graphs but the description itself: distinct triples, subjects, objects and
 * entities (subjects under the resource namespace), the distinct triples of each property
 * and the distinct instances of each class, and the example resources (the most mentioned
 * actor, the first article and the first statistic by IRI).
 *
 * <p>These are what the description needs to be brought up to date after a change without
 * reading the whole store again: a store keeps them in its description graph, and a load
 * adjusts them by what it adds and removes (see {@code org.w3id.e2eekg.store}). How many
 * triples each named graph holds is not part of them (the description lists it per graph,
 * and a load writes it per graph).
 *
 * @param triples    distinct triples over all graphs
 * @param subjects   distinct subjects
 * @param objects    distinct objects
 * @param entities   distinct subjects that are IRIs under {@link Iris#idBase()}
 * @param properties for each property, its distinct triples
 * @param classes    for each class, its distinct instances
 * @param examples   the example resources, in order: actor, article, statistic (those that exist)
 */
public record DatasetCounts(long triples, long subjects, long objects, long entities,
                            SortedMap<String, Long> properties, SortedMap<String, Long> classes,
                            Examples examples) {
    public DatasetCounts {
        properties = new TreeMap<>(properties);
        classes = new TreeMap<>(classes);
    }

    /** The counts of an empty dataset. */
    public static DatasetCounts empty() {
        return new DatasetCounts(0, 0, 0, 0, new TreeMap<>(), new TreeMap<>(), Examples.NONE);
    }

    /**
     * The example resources: the most mentioned actor (the largest sum of
     * {@code e2k:mentionCount} over all graphs, the smallest IRI among equals), the first
     * article and the first statistic by IRI. Each is an IRI, or null when there is none.
     */
    public record Examples(String actor, String article, String statistic) {
        public static final Examples NONE = new Examples(null, null, null);

        /** The examples as the description lists them: in that order, without repeats. */
        public List<String> inOrder() {
            List<String> out = new ArrayList<>();
            for (String e : new String[] {actor, article, statistic}) {
                if (e != null && !out.contains(e)) {
                    out.add(e);
                }
            }
            return out;
        }
    }

    /** The vocabularies used: the namespaces of the project's prefixes that a property or class is in. */
    public SortedSet<String> vocabularies(Iris iris) {
        List<String> namespaces = new ArrayList<>(Prefixes.of(iris).values());
        namespaces.remove(iris.idBase());
        namespaces.sort(Comparator.comparing(String::length).reversed());
        SortedSet<String> out = new TreeSet<>();
        for (String term : properties.keySet()) {
            vocabulary(term, namespaces).ifPresent(out::add);
        }
        for (String term : classes.keySet()) {
            vocabulary(term, namespaces).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<String> vocabulary(String term, List<String> namespaces) {
        for (String ns : namespaces) {
            if (term.startsWith(ns)) {
                return Optional.of(ns.endsWith("#") ? ns.substring(0, ns.length() - 1) : ns);
            }
        }
        return Optional.empty();
    }

    /**
     * Counts {@code dataset} in one pass over its quads, in memory (every distinct triple
     * is held), leaving out the description graph. For a dataset in memory, or a small
     * one; a TDB2 store is counted from its indexes instead.
     */
    public static DatasetCounts of(DatasetGraph dataset, Iris iris) {
        Node descriptionGraph = NodeFactory.createURI(iris.voidGraph());
        Set<Triple> triples = new HashSet<>();
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Map<Node, Long> properties = new HashMap<>();
        Map<Node, Set<Node>> typed = new HashMap<>();
        Map<String, Long> mentions = new HashMap<>();
        for (Iterator<Quad> it = dataset.find(); it.hasNext(); ) {
            Quad q = it.next();
            if (q.getGraph().equals(descriptionGraph)) {
                continue;
            }
            Triple t = q.asTriple();
            if (!triples.add(t)) {
                continue;
            }
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            properties.merge(t.getPredicate(), 1L, Long::sum);
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                typed.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
            }
        }
        // mentions are summed over graphs: the same count in two articles is two mentions
        for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, E2K.mentionCount.asNode(), Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (!q.getGraph().equals(descriptionGraph)) {
                mention(q.getSubject(), q.getObject()).ifPresent(n -> mentions.merge(q.getSubject().getURI(), n, Long::sum));
            }
        }
        SortedMap<String, Long> propertyCounts = new TreeMap<>();
        properties.forEach((p, n) -> propertyCounts.put(p.getURI(), n));
        SortedMap<String, Long> classCounts = new TreeMap<>();
        typed.forEach((type, members) -> classCounts.put(type.getURI(), (long) members.size()));
        long entities = subjects.stream().filter(n -> isEntity(n, iris)).count();
        Examples examples = new Examples(mostMentioned(mentions, iris),
                first(typed.get(E2K.Article.asNode())), first(typed.get(E2K.Statistic.asNode())));
        return new DatasetCounts(triples.size(), subjects.size(), objects.size(), entities, propertyCounts, classCounts,
                examples);
    }

    /** True when {@code n} counts as an entity: an IRI under the resource namespace. */
    public static boolean isEntity(Node n, Iris iris) {
        return n.isURI() && n.getURI().startsWith(iris.idBase());
    }

    /** The number an {@code e2k:mentionCount} triple gives, when its subject is an IRI and its object a number. */
    public static Optional<Long> mention(Node subject, Node object) {
        if (subject.isURI() && object.isLiteral() && object.getLiteralValue() instanceof Number n) {
            return Optional.of(n.longValue());
        }
        return Optional.empty();
    }

    /** The actor with most mentions among those under the resource namespace; the smallest IRI among equals. */
    public static String mostMentioned(Map<String, Long> mentions, Iris iris) {
        return mentions.entrySet().stream()
                .filter(e -> e.getKey().startsWith(iris.idBase()))
                .min(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String first(Set<Node> members) {
        if (members == null) {
            return null;
        }
        return members.stream().filter(Node::isURI).map(Node::getURI).min(Comparator.naturalOrder()).orElse(null);
    }
}
