package org.w3id.e2eekg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.e2eekg.graph.DatasetCounts;
import org.w3id.e2eekg.graph.DatasetDescription;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Keeps the store's description ({@link Iris#voidGraph}, see {@link DatasetDescription}) up
 * to date through one write transaction, at the cost of what the transaction changes, not
 * of the size of the store. Every graph the transaction writes or removes goes through
 * {@link #replace} or {@link #remove}, which do the write and adjust the counts kept in the
 * description: before a triple, subject or object is added it is looked up in the other
 * graphs (so a distinct count grows only by what is new), after one is removed it is looked
 * up again (so a count drops only by what is gone); the graph's own line in the description
 * is rewritten. {@link #finish} settles the example resources and rewrites what the
 * description says of the dataset, changing only the triples that differ.
 *
 * <p>The counts come from the description itself when the caller trusts it (the store was
 * last written by a load, see {@link DescriptionFingerprint}); otherwise, or when the
 * description is missing or from an older version, the store is counted from scratch
 * ({@link StoreCounts}) and the description rewritten whole before the first change.
 *
 * <p>Trade-off: every triple written or removed costs a few index lookups on top of the
 * write itself (TDB2 answers them from the same B+trees), and an example resource that a
 * change removes is found again by a scan of its kind (articles, statistics or mention
 * counts), rarely needed. A bulk load into a new store does not use this: it counts the store
 * once, from its indexes, at the end. Not thread-safe: it lives inside one write transaction.
 */
final class DescriptionUpdate {
    private final DatasetGraph dsg;
    private final Iris iris;
    private final DatasetDescription description;
    private final Node descriptionGraph;
    private final Set<Triple> headBefore;

    private long triples;
    private long subjects;
    private long objects;
    private long entities;
    private final SortedMap<String, Long> properties;
    private final SortedMap<String, Long> classes;
    private final DatasetCounts.Examples examplesBefore;
    private final long actorMentionsBefore;
    /** Actors whose mention count a change touched. */
    private final Set<String> actorsTouched = new LinkedHashSet<>();
    private String newestArticle;
    private String newestStatistic;

    private DescriptionUpdate(DatasetGraph dsg, Iris iris, DatasetCounts counts) {
        this.dsg = dsg;
        this.iris = iris;
        this.description = new DatasetDescription(iris);
        this.descriptionGraph = NodeFactory.createURI(iris.voidGraph());
        this.headBefore = new HashSet<>(description.head(counts).getGraph().find().toList());
        this.triples = counts.triples();
        this.subjects = counts.subjects();
        this.objects = counts.objects();
        this.entities = counts.entities();
        this.properties = new TreeMap<>(counts.properties());
        this.classes = new TreeMap<>(counts.classes());
        this.examplesBefore = counts.examples();
        this.actorMentionsBefore = examplesBefore.actor() == null ? 0 : mentionsOf(examplesBefore.actor());
    }

    /**
     * Starts keeping the description of {@code dsg} in its write transaction. With
     * {@code trusted} false, or a description that holds no counts, the store is counted
     * now and its description rewritten.
     */
    static DescriptionUpdate start(DatasetGraph dsg, Iris iris, boolean trusted) {
        DatasetDescription description = new DatasetDescription(iris);
        Node name = NodeFactory.createURI(iris.voidGraph());
        Optional<DatasetCounts> kept = trusted
                ? description.readCounts(dsg.getGraph(name), e -> isA(dsg, e, E2K.Article.asNode(), name),
                        e -> isA(dsg, e, E2K.Statistic.asNode(), name))
                : Optional.empty();
        if (kept.isPresent()) {
            return new DescriptionUpdate(dsg, iris, kept.get());
        }
        StoreCounts.Recount recount = StoreCounts.count(dsg, iris);
        rewrite(dsg, iris, recount);
        return new DescriptionUpdate(dsg, iris, recount.counts());
    }

    /** Writes the whole description of a store from its recount, replacing any description it had. */
    static void rewrite(DatasetGraph dsg, Iris iris, StoreCounts.Recount recount) {
        DatasetDescription description = new DatasetDescription(iris);
        Node name = NodeFactory.createURI(iris.voidGraph());
        dsg.removeGraph(name);
        description.head(recount.counts()).getGraph().find().forEachRemaining(t -> dsg.add(new Quad(name, t)));
        recount.graphSizes().forEach((g, n) -> description.subset(g, n).forEach(t -> dsg.add(new Quad(name, t))));
    }

    private static boolean isA(DatasetGraph dsg, String iri, Node type, Node descriptionGraph) {
        return exists(dsg, NodeFactory.createURI(iri), RDF.type.asNode(), type, descriptionGraph);
    }

    /**
     * Makes the graph {@code name} hold {@code fresh}, adjusting the counts: what it held
     * before is removed, then the new triples added, in the order given (which decides the
     * order of TDB2's node ids, and so of unordered answers). The triples are in TDB2's
     * stored form ({@link StoredTerms#inOrder}), each once.
     */
    void replace(Node name, List<Triple> fresh) {
        remove(name);
        Set<Node> newSubjects = new LinkedHashSet<>();
        Set<Node> newObjects = new LinkedHashSet<>();
        for (Triple t : fresh) {
            newSubjects.add(t.getSubject());
            newObjects.add(t.getObject());
        }
        // looked up before anything of the graph is added: new is what no other graph has
        for (Triple t : fresh) {
            if (!exists(t.getSubject(), t.getPredicate(), t.getObject())) {
                counted(t, +1);
            }
            noteExamples(t);
        }
        for (Node s : newSubjects) {
            if (!exists(s, Node.ANY, Node.ANY)) {
                subjects++;
                entities += DatasetCounts.isEntity(s, iris) ? 1 : 0;
            }
        }
        for (Node o : newObjects) {
            if (!exists(Node.ANY, Node.ANY, o)) {
                objects++;
            }
        }
        fresh.forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        if (!name.equals(descriptionGraph)) {
            description.subset(name.getURI(), fresh.size()).forEach(t -> dsg.add(new Quad(descriptionGraph, t)));
        }
    }

    /** Removes the graph {@code name} (by {@link DatasetGraph#removeGraph}), adjusting the counts. */
    void remove(Node name) {
        List<Triple> old = new ArrayList<>();
        dsg.getGraph(name).find().forEachRemaining(old::add);
        removeSubset(name);
        if (old.isEmpty()) {
            return;
        }
        dsg.removeGraph(name);
        Set<Node> oldSubjects = new LinkedHashSet<>();
        Set<Node> oldObjects = new LinkedHashSet<>();
        for (Triple t : old) {
            if (!exists(t.getSubject(), t.getPredicate(), t.getObject())) {
                counted(t, -1);
            }
            if (t.getPredicate().equals(E2K.mentionCount.asNode()) && t.getSubject().isURI()) {
                actorsTouched.add(t.getSubject().getURI());
            }
            oldSubjects.add(t.getSubject());
            oldObjects.add(t.getObject());
        }
        for (Node s : oldSubjects) {
            if (!exists(s, Node.ANY, Node.ANY)) {
                subjects--;
                entities -= DatasetCounts.isEntity(s, iris) ? 1 : 0;
            }
        }
        for (Node o : oldObjects) {
            if (!exists(Node.ANY, Node.ANY, o)) {
                objects--;
            }
        }
    }

    private void removeSubset(Node name) {
        if (name.equals(descriptionGraph) || !name.isURI()) {
            return;
        }
        List<Quad> line = new ArrayList<>();
        dsg.find(descriptionGraph, NodeFactory.createURI(iris.dataset()), VOID.subset.asNode(), name).forEachRemaining(line::add);
        dsg.find(descriptionGraph, name, Node.ANY, Node.ANY).forEachRemaining(line::add);
        line.forEach(dsg::delete);
    }

    /** Counts a distinct triple in ({@code +1}) or out ({@code -1}) of its property and, for a type, its class. */
    private void counted(Triple t, int sign) {
        triples += sign;
        adjust(properties, t.getPredicate().getURI(), sign);
        if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
            adjust(classes, t.getObject().getURI(), sign);
        }
    }

    private static void adjust(Map<String, Long> counts, String key, int sign) {
        long n = counts.getOrDefault(key, 0L) + sign;
        if (n > 0) {
            counts.put(key, n);
        } else {
            counts.remove(key);
        }
    }

    private void noteExamples(Triple t) {
        if (t.getPredicate().equals(E2K.mentionCount.asNode()) && t.getSubject().isURI()) {
            actorsTouched.add(t.getSubject().getURI());
        }
        if (t.getPredicate().equals(RDF.type.asNode()) && t.getSubject().isURI()) {
            if (t.getObject().equals(E2K.Article.asNode())) {
                newestArticle = smaller(newestArticle, t.getSubject().getURI());
            } else if (t.getObject().equals(E2K.Statistic.asNode())) {
                newestStatistic = smaller(newestStatistic, t.getSubject().getURI());
            }
        }
    }

    /** The counts as they are now, with the examples settled. */
    DatasetCounts counts() {
        return new DatasetCounts(triples, subjects, objects, entities, properties, classes,
                new DatasetCounts.Examples(exampleActor(),
                        exampleOfType(examplesBefore.article(), newestArticle, E2K.Article.asNode()),
                        exampleOfType(examplesBefore.statistic(), newestStatistic, E2K.Statistic.asNode())));
    }

    /**
     * Rewrites what the description says of the dataset, changing only the triples that
     * differ from what it said before this transaction.
     */
    void finish() {
        Set<Triple> headAfter = new HashSet<>(description.head(counts()).getGraph().find().toList());
        for (Triple t : headBefore) {
            if (!headAfter.contains(t)) {
                dsg.delete(new Quad(descriptionGraph, t));
            }
        }
        for (Triple t : headAfter) {
            if (!headBefore.contains(t)) {
                dsg.add(new Quad(descriptionGraph, t));
            }
        }
    }

    /**
     * The most mentioned actor now. Only the totals of touched actors changed; if the
     * previous example lost mentions, another untouched actor may now lead, and all totals
     * are summed again.
     */
    private String exampleActor() {
        String before = examplesBefore.actor();
        if (before != null && actorsTouched.contains(before) && mentionsOf(before) < actorMentionsBefore) {
            Map<String, Long> all = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, E2K.mentionCount.asNode(), Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().equals(descriptionGraph)) {
                    DatasetCounts.mention(q.getSubject(), q.getObject()).ifPresent(n -> all.merge(q.getSubject().getURI(), n, Long::sum));
                }
            });
            return DatasetCounts.mostMentioned(all, iris);
        }
        Map<String, Long> candidates = new HashMap<>();
        Set<String> names = new LinkedHashSet<>(actorsTouched);
        if (before != null) {
            names.add(before);
        }
        for (String actor : names) {
            long n = mentionsOf(actor);
            if (n > 0 || exists(NodeFactory.createURI(actor), E2K.mentionCount.asNode(), Node.ANY)) {
                candidates.put(actor, n);
            }
        }
        return DatasetCounts.mostMentioned(candidates, iris);
    }

    /**
     * The first instance of {@code type} by IRI: the smaller of the earlier example and the
     * first one added, unless one of them is gone, when all instances are looked at again.
     */
    private String exampleOfType(String before, String added, Node type) {
        boolean gone = before != null && !exists(NodeFactory.createURI(before), RDF.type.asNode(), type)
                || added != null && !exists(NodeFactory.createURI(added), RDF.type.asNode(), type);
        if (!gone) {
            return smaller(before, added);
        }
        String first = null;
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type); it.hasNext(); ) {
            Quad q = it.next();
            if (!q.getGraph().equals(descriptionGraph) && q.getSubject().isURI()) {
                first = smaller(first, q.getSubject().getURI());
            }
        }
        return first;
    }

    private long mentionsOf(String actor) {
        long[] sum = {0};
        dsg.find(Node.ANY, NodeFactory.createURI(actor), E2K.mentionCount.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(descriptionGraph)) {
                DatasetCounts.mention(q.getSubject(), q.getObject()).ifPresent(n -> sum[0] += n);
            }
        });
        return sum[0];
    }

    private boolean exists(Node s, Node p, Node o) {
        return exists(dsg, s, p, o, descriptionGraph);
    }

    /**
     * True when some graph other than the description holds a triple matching the pattern,
     * with the object in any spelling TDB2 gives back as the same term ({@link StoredTerms#spellings}).
     */
    private static boolean exists(DatasetGraph dsg, Node s, Node p, Node o, Node descriptionGraph) {
        for (Node spelling : o == Node.ANY ? List.of(o) : StoredTerms.spellings(o)) {
            Iterator<Quad> it = dsg.find(Node.ANY, s, p, spelling);
            try {
                while (it.hasNext()) {
                    if (!it.next().getGraph().equals(descriptionGraph)) {
                        return true;
                    }
                }
            } finally {
                Iter.close(it);
            }
        }
        return false;
    }

    private static String smaller(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
