package org.w3id.e2eekg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Reads what the server says about one resource, with the SPARQL queries bundled beside
 * this class ({@code describe-out.rq}, {@code describe-in.rq}, {@code evidence.rq},
 * {@code terms.rq}); the resource is bound as a variable, never spliced into query text.
 * Each call runs in one read transaction, under the server's query timeout, and returns
 * its answer materialised.
 */
final class ResourceDescriber {
    private static final Query OUT = load("describe-out.rq");
    private static final Query IN = load("describe-in.rq");
    private static final Query EVIDENCE = load("evidence.rq");
    private static final Query TERMS = load("terms.rq");
    private static final Query ARTICLE_FACTS = load("article-facts.rq");
    private static final Query ARTICLE_SPANS = load("article-spans.rq");
    private static final Query KINDS = load("kinds.rq");
    private static final Query KIND_MEMBERS = load("kind-members.rq");

    private final DatasetGraph dataset;
    private final long timeoutMillis;

    ResourceDescriber(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * One fact about the resource and one sentence it was extracted from: the sentence, its
     * evidence node, its article (IRI, label, date as stated, empty when unknown) and where it
     * is in the article's text.
     */
    record Evidence(Node predicate, Node object, String sentence, String evidence, String article, String articleLabel,
                    String articleDate, long start, long end) {}

    /** A fact taken from an article, with labels, and how many of its sentences say it; {@code first} is where the first is. */
    record ArticleFact(Node subject, Node predicate, Node object, String subjectLabel, String predicateLabel,
                       String objectLabel, long sentences, long first, long firstEnd) {}

    /** A labelled resource of one kind. */
    record Member(String iri, String label) {}

    /**
     * The resource's own triples with the labels of what it links to, plus its incoming
     * links when {@code incoming}; an empty model when the store knows nothing of it.
     */
    Model describe(String iri, boolean incoming) {
        Node resource = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createDefaultModel();
            construct(OUT, "resource", resource, m.getGraph());
            if (incoming) {
                construct(IN, "resource", resource, m.getGraph());
            }
            return m;
        });
    }

    /** The facts about the resource with their evidence sentences, sorted by property and value. */
    List<Evidence> evidence(String iri) {
        Node resource = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            List<Evidence> out = new ArrayList<>();
            try (QueryExec qe = exec(EVIDENCE).substitution("resource", resource).build()) {
                RowSet rows = qe.select();
                rows.forEachRemaining(b -> out.add(new Evidence(b.get("p"), b.get("o"),
                        b.get("sentence").getLiteralLexicalForm(), b.get("evidence").getURI(), b.get("article").getURI(),
                        lexical(b, "articleLabel"), lexical(b, "articleDate"), number(b, "start"), number(b, "end"))));
            }
            return out;
        });
    }

    /** A copy of the named graph {@code graph}, at most {@code limit} triples of it. */
    Model graph(String graph, int limit) {
        return Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createDefaultModel();
            org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> triples =
                    dataset.getGraph(NodeFactory.createURI(graph)).find();
            try {
                while (triples.hasNext() && m.size() < limit) {
                    m.getGraph().add(triples.next());
                }
            } finally {
                triples.close();
            }
            return m;
        });
    }

    /** The facts taken from the article {@code iri}, in the order of their first sentence. */
    List<ArticleFact> articleFacts(String iri) {
        return select(ARTICLE_FACTS, "article", NodeFactory.createURI(iri), b -> new ArticleFact(b.get("s"), b.get("p"),
                b.get("o"), lexical(b, "subject"), lexical(b, "predicate"), lexical(b, "object"), number(b, "sentences"),
                number(b, "first"), number(b, "firstEnd")));
    }

    /** Where the evidence sentences of the article {@code iri} are in its text, as [start, end] code points. */
    List<long[]> articleSpans(String iri) {
        return select(ARTICLE_SPANS, "article", NodeFactory.createURI(iri), b -> new long[] {number(b, "start"), number(b, "end")});
    }

    /** How many labelled resources of each kind there are under {@code base}, by kind segment. */
    List<Member> kinds(String base) {
        return select(KINDS, "base", NodeFactory.createLiteralString(base),
                b -> new Member(lexical(b, "kind"), lexical(b, "count")));
    }

    /** One page of the labelled resources under {@code namespace}, sorted by label. */
    List<Member> members(String namespace, long offset, long limit) {
        Query page = KIND_MEMBERS.cloneQuery();
        page.setOffset(offset);
        page.setLimit(limit);
        return select(page, "namespace", NodeFactory.createLiteralString(namespace),
                b -> new Member(b.get("r").getURI(), lexical(b, "label")));
    }

    /** Runs a SELECT with one variable bound, in one read transaction, each row made a value inside it. */
    private <T> List<T> select(Query query, String var, Node value, java.util.function.Function<Binding, T> row) {
        return Txn.calculateRead(dataset, () -> {
            List<T> out = new ArrayList<>();
            try (QueryExec qe = exec(query).substitution(var, value).build()) {
                qe.select().forEachRemaining(b -> out.add(row.apply(b)));
            }
            return out;
        });
    }

    /** The lexical form of a literal (or the text of another term) bound to {@code var}; empty when unbound. */
    static String lexical(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** The number bound to {@code var}; -1 when unbound. */
    static long number(Binding b, String var) {
        Node n = b.get(var);
        return n == null || !n.isLiteral() ? -1 : ((Number) n.getLiteralValue()).longValue();
    }

    /** The terms of the hash namespace {@code namespace} defined in graph {@code graph}. */
    Model terms(String namespace, String graph) {
        return Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createDefaultModel();
            try (QueryExec qe = exec(TERMS).substitution("graph", NodeFactory.createURI(graph))
                    .substitution("namespace", NodeFactory.createLiteralString(namespace)).build()) {
                qe.construct(m.getGraph());
            }
            return m;
        });
    }

    private void construct(Query query, String var, Node value, Graph into) {
        try (QueryExec qe = exec(query).substitution(var, value).build()) {
            qe.construct(into);
        }
    }

    private org.apache.jena.sparql.exec.QueryExecBuilder exec(Query query) {
        return QueryExec.dataset(dataset).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** A query bundled beside this class, parsed. */
    static Query load(String name) {
        try (InputStream in = ResourceDescriber.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + name);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
