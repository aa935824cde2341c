package org.w3id.e2eekg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdType;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.w3id.e2eekg.graph.DatasetCounts;
import org.w3id.e2eekg.graph.Iris;
import org.w3id.e2eekg.vocab.E2K;

/**
 * Counts a whole store for its description ({@link DatasetCounts}) and the size of each of
 * its named graphs, from scratch: after a bulk load, and when the counts a store keeps
 * cannot be trusted (see {@link DescriptionUpdate}). Runs inside the caller's transaction.
 *
 * <p>A TDB2 store is counted from its indexes, in the order they keep: the SPOG index
 * gives the quads sorted by subject, predicate and object, so a distinct triple or subject
 * is one that differs from the quad before it, and the OSPG index does the same for
 * objects (a decimal, which TDB2 keeps once per scale it was written in, is counted by
 * value). Memory stays that of a few maps keyed by property, class, graph and actor,
 * however many quads there are; time is two passes over the quads and one node lookup per
 * distinct subject (to tell entities). Any other dataset is counted in memory
 * ({@link DatasetCounts#of}).
 *
 * <p>Trade-off: this reads TDB2's index layer ({@code TupleIndex}, {@code NodeId}), below
 * Jena's public API, because the public API gives no distinct counts without holding every
 * distinct triple; the index names it needs ({@code SPOG}, {@code OSPG}) are TDB2's
 * defaults, and a store without them is counted in memory instead.
 */
final class StoreCounts {
    /** The counts of a store, and the number of quads in each named graph other than the description. */
    record Recount(DatasetCounts counts, SortedMap<String, Long> graphSizes) {}

    private StoreCounts() {}

    static Recount count(DatasetGraph dsg, Iris iris) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        TupleTable quads = tdb == null ? null : tdb.getQuadTable().getNodeTupleTable().getTupleTable();
        TupleIndex spog = quads == null ? null : quads.selectIndex("SPOG");
        TupleIndex ospg = quads == null ? null : quads.selectIndex("OSPG");
        if (spog == null || ospg == null || !"SPOG".equals(spog.getName()) || !"OSPG".equals(ospg.getName())) {
            return inMemory(dsg, iris);
        }
        return new IndexScan(tdb.getQuadTable().getNodeTupleTable().getNodeTable(), iris).count(spog, ospg);
    }

    private static Recount inMemory(DatasetGraph dsg, Iris iris) {
        Node description = NodeFactory.createURI(iris.voidGraph());
        SortedMap<String, Long> sizes = new TreeMap<>();
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            if (!q.isDefaultGraph() && q.getGraph().isURI() && !q.getGraph().equals(description)) {
                sizes.merge(q.getGraph().getURI(), 1L, Long::sum);
            }
        }
        return new Recount(DatasetCounts.of(dsg, iris), sizes);
    }

    /** One count of a TDB2 quad table, over its indexes. Tuples come in natural order: G, S, P, O. */
    private static final class IndexScan {
        private static final int G = 0;
        private static final int S = 1;
        private static final int P = 2;
        private static final int O = 3;
        /** Objects of one subject and predicate beyond which their set is made anew rather than cleared. */
        private static final int SMALL = 16;

        private final NodeTable nodes;
        private final Iris iris;
        private final NodeId description;
        private final NodeId type;
        private final NodeId mentionCount;
        private final NodeId article;
        private final NodeId statistic;

        IndexScan(NodeTable nodes, Iris iris) {
            this.nodes = nodes;
            this.iris = iris;
            this.description = id(NodeFactory.createURI(iris.voidGraph()));
            this.type = id(RDF.type.asNode());
            this.mentionCount = id(E2K.mentionCount.asNode());
            this.article = id(E2K.Article.asNode());
            this.statistic = id(E2K.Statistic.asNode());
        }

        /** The node's id, or {@link NodeId#NodeDoesNotExist}, which equals no id in the indexes. */
        private NodeId id(Node n) {
            NodeId id = nodes.getNodeIdForNode(n);
            return id == null ? NodeId.NodeDoesNotExist : id;
        }

        Recount count(TupleIndex spog, TupleIndex ospg) {
            long triples = 0;
            long subjects = 0;
            long entities = 0;
            Map<NodeId, Long> properties = new HashMap<>();
            Map<NodeId, Long> classes = new HashMap<>();
            Map<NodeId, Long> graphs = new HashMap<>();
            Map<NodeId, Long> mentions = new HashMap<>();
            String firstArticle = null;
            String firstStatistic = null;
            Tuple<NodeId> previous = null;
            // the objects of the current subject and predicate: a decimal has one id per scale, not per value
            Set<NodeId> pairObjects = new HashSet<>();
            for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext(); ) {
                Tuple<NodeId> q = it.next();
                if (q.get(G).equals(description)) {
                    continue;
                }
                graphs.merge(q.get(G), 1L, Long::sum);
                if (q.get(P).equals(mentionCount)) {
                    Node s = nodes.getNodeForNodeId(q.get(S));
                    DatasetCounts.mention(s, nodes.getNodeForNodeId(q.get(O)))
                            .ifPresent(n -> mentions.merge(q.get(S), n, Long::sum));
                }
                boolean newSubject = previous == null || !previous.get(S).equals(q.get(S));
                if (newSubject || !previous.get(P).equals(q.get(P))) {
                    // a set that once grew stays large, and clearing it costs its capacity: start afresh
                    pairObjects = pairObjects.size() > SMALL ? new HashSet<>() : pairObjects;
                    pairObjects.clear();
                }
                boolean newTriple = pairObjects.add(byValue(q.get(O)));
                previous = q;
                if (newSubject) {
                    subjects++;
                    if (DatasetCounts.isEntity(nodes.getNodeForNodeId(q.get(S)), iris)) {
                        entities++;
                    }
                }
                if (!newTriple) {
                    continue;
                }
                triples++;
                properties.merge(q.get(P), 1L, Long::sum);
                if (q.get(P).equals(type)) {
                    Node c = nodes.getNodeForNodeId(q.get(O));
                    if (c.isURI()) {
                        classes.merge(q.get(O), 1L, Long::sum);
                    }
                    if (q.get(O).equals(article)) {
                        firstArticle = smaller(firstArticle, nodes.getNodeForNodeId(q.get(S)));
                    } else if (q.get(O).equals(statistic)) {
                        firstStatistic = smaller(firstStatistic, nodes.getNodeForNodeId(q.get(S)));
                    }
                }
            }
            long objects = 0;
            NodeId previousObject = null;
            Set<NodeId> decimals = new HashSet<>();
            for (Iterator<Tuple<NodeId>> it = ospg.all(); it.hasNext(); ) {
                Tuple<NodeId> q = it.next();
                if (q.get(G).equals(description)) {
                    continue;
                }
                if (isDecimal(q.get(O))) {
                    decimals.add(byValue(q.get(O)));
                } else if (!q.get(O).equals(previousObject)) {
                    objects++;
                    previousObject = q.get(O);
                }
            }
            objects += decimals.size();
            Map<String, Long> mentionTotals = new HashMap<>();
            mentions.forEach((actor, n) -> mentionTotals.put(nodes.getNodeForNodeId(actor).getURI(), n));
            DatasetCounts counts = new DatasetCounts(triples, subjects, objects, entities, byIri(properties),
                    byIri(classes), new DatasetCounts.Examples(DatasetCounts.mostMentioned(mentionTotals, iris),
                    firstArticle, firstStatistic));
            SortedMap<String, Long> sizes = new TreeMap<>();
            graphs.forEach((g, n) -> {
                Node name = nodes.getNodeForNodeId(g);
                if (name.isURI() && !Quad.isDefaultGraph(name)) {
                    sizes.put(name.getURI(), n);
                }
            });
            return new Recount(counts, sizes);
        }

        private static boolean isDecimal(NodeId id) {
            return NodeId.isInline(id) && id.type() == NodeIdType.XSD_DECIMAL;
        }

        /**
         * The id of a term's value: TDB2 gives {@code 70}, {@code 70.0} and {@code 70.00} ids of
         * their own that read back as the same term; any other id is its own.
         */
        private static NodeId byValue(NodeId id) {
            return isDecimal(id) ? NodeId.inline(NodeId.extract(id)) : id;
        }

        private SortedMap<String, Long> byIri(Map<NodeId, Long> counts) {
            SortedMap<String, Long> out = new TreeMap<>();
            counts.forEach((id, n) -> out.put(nodes.getNodeForNodeId(id).getURI(), n));
            return out;
        }

        private static String smaller(String current, Node candidate) {
            if (!candidate.isURI()) {
                return current;
            }
            return current == null || candidate.getURI().compareTo(current) < 0 ? candidate.getURI() : current;
        }
    }
}
