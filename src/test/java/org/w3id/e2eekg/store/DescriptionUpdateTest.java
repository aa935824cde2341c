package org.w3id.e2eekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.e2eekg.graph.DatasetCounts;
import org.w3id.e2eekg.graph.DatasetDescription;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.vocab.E2K;
import org.w3id.e2eekg.vocab.PROV;

/**
 * The description a store keeps up to date by what each write changes is the description
 * counted from scratch: after every step of random series of writes (new articles,
 * replaced ones, unchanged ones, articles superseded by the same file under another name,
 * writes behind the store's back), the stored description equals the one
 * {@link DatasetDescription#describe} makes from a copy of the store, and the store's own
 * count from its indexes ({@link StoreCounts}) equals the count in memory. The graphs are
 * small and share their nodes, so that distinct counts rise and fall.
 */
class DescriptionUpdateTest {
    private static final Iris IRIS = Iris.standard();
    private static final int SERIES = 6;
    private static final int STEPS = 8;

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> theKeptDescriptionIsTheCountedOne() {
        return Stream.iterate(1L, s -> s + 1).limit(SERIES)
                .map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> series(seed)));
    }

    private void series(long seed) {
        Random random = new Random(seed);
        try (KnowledgeStore store = KnowledgeStore.openForLoading(tmp.resolve("store-" + seed), IRIS)) {
            for (int step = 0; step < STEPS; step++) {
                List<NamedGraph> batch = new ArrayList<>();
                Set<String> names = new HashSet<>();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    int article = random.nextInt(6);
                    // the same file under an older id now and then: the newer one supersedes it
                    String id = "a" + article + (random.nextInt(4) == 0 ? "-old" : "");
                    if (names.add(IRIS.articleGraph(id))) {
                        batch.add(new NamedGraph(IRIS.articleGraph(id), article(random, "a" + article + ".txt", id)));
                    }
                }
                if (random.nextInt(5) == 0) {
                    behindTheStoresBack(store, random);
                }
                store.replaceArticles(batch);
                assertDescribed(store, "seed " + seed + ", step " + step);
            }
        }
    }

    /**
     * A write that does not go through the store's writes, as a SPARQL Update through a
     * server would be, or an older version of the loader: a label, and a decimal in a
     * spelling the store would not write ({@code "20"}, which TDB2 keeps apart from the
     * {@code "20.0"} the articles have, and gives back as {@code "20.0"} too).
     */
    private static void behindTheStoresBack(KnowledgeStore store, Random random) {
        DatasetGraph dsg = store.datasetGraph();
        Node graph = NodeFactory.createURI(IRIS.articleGraph("z"));
        Node subject = NodeFactory.createURI(IRIS.id("org/x" + random.nextInt(3)));
        Txn.executeWrite(dsg, () -> {
            dsg.add(graph, subject, RDFS.label.asNode(), NodeFactory.createLiteralString("written behind the store's back"));
            dsg.add(graph, subject, E2K.value.asNode(),
                    NodeFactory.createLiteralDT(String.valueOf(10 * random.nextInt(3)), XSDDatatype.XSDdecimal));
        });
    }

    private static void assertDescribed(KnowledgeStore store, String when) {
        DatasetGraph copy = store.copy();
        Set<Triple> expected = new HashSet<>(new DatasetDescription(IRIS).describe(copy).getGraph().find().toList());
        Set<Triple> kept = new HashSet<>(store.graph(IRIS.voidGraph()).getGraph().find().toList());
        Set<Triple> missing = new HashSet<>(expected);
        missing.removeAll(kept);
        Set<Triple> extra = new HashSet<>(kept);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), when + ": missing " + missing + "; extra " + extra);
        DatasetCounts fromIndexes = store.read(dsg -> StoreCounts.count(dsg, IRIS).counts());
        assertEquals(DatasetCounts.of(copy, IRIS), fromIndexes, when + ": counted from the indexes");
    }

    private static final Node[] ACTORS = nodes("org/nspcc", "org/meta", "person/ann", "person/bob");
    private static final Node[] CLASSES = {E2K.Article.asNode(), E2K.Statistic.asNode(), E2K.Person.asNode(),
            E2K.NonProfit.asNode(), PROV.Entity.asNode()};

    private static Node[] nodes(String... paths) {
        return Stream.of(paths).map(p -> NodeFactory.createURI(IRIS.id(p))).toArray(Node[]::new);
    }

    /** An article's graph: some of the shared actors with mention counts, types, labels and numbers, and its own nodes. */
    private static Model article(Random random, String sourceFile, String id) {
        Model m = ModelFactory.createDefaultModel();
        org.apache.jena.graph.Graph g = m.getGraph();
        Node article = NodeFactory.createURI(IRIS.article(id));
        g.add(Triple.create(article, RDF.type.asNode(), E2K.Article.asNode()));
        g.add(Triple.create(article, E2K.sourceFile.asNode(), NodeFactory.createLiteralString(sourceFile)));
        for (Node actor : ACTORS) {
            if (random.nextBoolean()) {
                g.add(Triple.create(actor, RDF.type.asNode(), CLASSES[2 + random.nextInt(3)]));
                g.add(Triple.create(actor, E2K.mentionCount.asNode(),
                        NodeFactory.createLiteralDT(String.valueOf(1 + random.nextInt(4)), XSDDatatype.XSDinteger)));
                g.add(Triple.create(actor, RDFS.label.asNode(), NodeFactory.createLiteralString("label " + random.nextInt(3))));
            }
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            Node statistic = NodeFactory.createURI(IRIS.id("statistic/" + id + "-" + random.nextInt(3)));
            g.add(Triple.create(statistic, RDF.type.asNode(), E2K.Statistic.asNode()));
            // a decimal TDB2 keeps by value: "70" comes back as "70.0"
            g.add(Triple.create(statistic, E2K.value.asNode(),
                    NodeFactory.createLiteralDT(String.valueOf(10 * random.nextInt(8)), XSDDatatype.XSDdecimal)));
        }
        if (random.nextInt(3) == 0) {
            g.add(Triple.create(NodeFactory.createBlankNode(), RDFS.label.asNode(), NodeFactory.createLiteralString("a blank node")));
        }
        return m;
    }

    @Test
    void theStoreKnowsWhenItsDescriptionCanBeTrusted() {
        Path dir = tmp.resolve("store");
        try (KnowledgeStore store = KnowledgeStore.openForLoading(dir, IRIS)) {
            store.replaceArticles(List.of(new NamedGraph(IRIS.articleGraph("a"), article(new Random(1), "a.txt", "a"))));
            assertTrue(DescriptionFingerprint.matches(dir), "after its own write");
            store.compact();
            assertTrue(DescriptionFingerprint.matches(dir), "after a compaction");
            store.read(dsg -> dsg.find().hasNext());
            assertTrue(DescriptionFingerprint.matches(dir), "after a read");
            behindTheStoresBack(store, new Random(1));
            assertFalse(DescriptionFingerprint.matches(dir), "after a write behind its back");
        }
    }

    @Test
    void aDescriptionFromAnOlderVersionIsCountedAgain() {
        Path dir = tmp.resolve("store");
        try (KnowledgeStore store = KnowledgeStore.openForLoading(dir, IRIS)) {
            store.replaceArticles(List.of(new NamedGraph(IRIS.articleGraph("a"), article(new Random(2), "a.txt", "a"))));
            DatasetGraph dsg = store.datasetGraph();
            // the description as an older version wrote it: counts but no partitions
            Txn.executeWrite(dsg, () -> {
                Node name = NodeFactory.createURI(IRIS.voidGraph());
                List<Quad> partitions = new ArrayList<>();
                dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isURI() && q.getObject().getURI().contains("/property/")) {
                        partitions.add(q);
                    }
                });
                partitions.forEach(dsg::delete);
            });
            DescriptionFingerprint.record(dir);
            store.replaceArticles(List.of(new NamedGraph(IRIS.articleGraph("b"), article(new Random(3), "b.txt", "b"))));
            assertDescribed(store, "after a description without partitions");
        }
    }
}
