package org.w3id.e2eekg.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Holds a query's answer to a budget of rows (triples, quads) and characters. A SELECT's
 * rows are counted as they are written ({@link #counted}), inside the query's read
 * transaction, and sent as they come ({@link StreamedAnswer}); the answers that are graphs
 * (CONSTRUCT, DESCRIBE) are copied out whole, because their writers need the whole graph.
 *
 * <p>An answer over budget is refused with {@link QueryDeniedException} (Fuseki's way
 * of saying that the server's settings refuse a query: 422), naming the limit and how to
 * stay under it. Fuseki itself offers no result limit ({@code fuseki:queryLimit} is
 * documented but not read), and a LIMIT added behind the client's back would give a
 * complete-looking answer that is not.
 *
 * <p>Trade-off: Anonymous clients get the budget of the server's {@link Limits}; the
 * administrator gets {@link #ofHeap}, one bounded only by the memory the JVM may use, so
 * that a large export works but a runaway graph answer is refused before it can exhaust the
 * heap that every other request needs.
 */
final class AnswerBudget {
    /** Bytes of heap a copied row or triple is reckoned to take, whatever its text. */
    private static final long BYTES_PER_ITEM = 1024;
    /** Bytes of heap a character of a copied term is reckoned to take, with its node and string. */
    private static final long BYTES_PER_CHAR = 16;

    private final long maxItems;
    private final long maxChars;

    AnswerBudget(long maxItems, long maxChars) {
        this.maxItems = maxItems;
        this.maxChars = maxChars;
    }

    /**
     * A budget that no single answer can take a large part of {@code maxHeapBytes} with
     * (the JVM's {@link Runtime#maxMemory()}): at most one row per KB of heap, and one
     * character per 16 bytes.
     */
    static AnswerBudget ofHeap(long maxHeapBytes) {
        return new AnswerBudget(maxHeapBytes / BYTES_PER_ITEM, maxHeapBytes / BYTES_PER_CHAR);
    }

    /** The anonymous clients' budget of {@code limits}. */
    static AnswerBudget of(Limits limits) {
        return new AnswerBudget(limits.maxResultRows(), limits.maxResultBytes());
    }

    /**
     * The rows of {@code rows} as they come, counted against the budget: past it, and when
     * the query runs out of time, the iteration throws {@link StreamedAnswer.Stopped} with the
     * reason ({@code QueryDeniedException}, {@code QueryCancelledException}). Nothing is
     * copied: the rows must be written inside the query's read transaction.
     */
    RowSet counted(RowSet rows) {
        Tally tally = new Tally("rows");
        Iterator<Binding> counted = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNext();
                } catch (QueryCancelledException | QueryDeniedException e) {
                    throw new StreamedAnswer.Stopped(e);
                }
            }

            @Override
            public Binding next() {
                try {
                    Binding b = rows.next();
                    tally.item();
                    b.forEach((v, n) -> tally.chars(n));
                    return b;
                } catch (QueryCancelledException | QueryDeniedException e) {
                    throw new StreamedAnswer.Stopped(e);
                }
            }
        };
        return RowSetStream.create(rows.getResultVars(), counted);
    }

    /** The quads of a CONSTRUCT. */
    DatasetGraph quads(Iterator<Quad> quads) {
        DatasetGraph out = DatasetGraphFactory.create();
        Tally tally = new Tally("triples");
        copy(quads, q -> {
            tally.item();
            tally.chars(q.asTriple());
            out.add(q);
        });
        return out;
    }

    /** The triples of a DESCRIBE. */
    Graph triples(Iterator<Triple> triples) {
        Graph out = GraphFactory.createDefaultGraph();
        Tally tally = new Tally("triples");
        copy(triples, t -> {
            tally.item();
            tally.chars(t);
            out.add(t);
        });
        return out;
    }

    /** The items of any other answer, counted but not sized. */
    <T> List<T> items(Iterator<T> items) {
        List<T> out = new ArrayList<>();
        Tally tally = new Tally("items");
        copy(items, item -> {
            tally.item();
            out.add(item);
        });
        return out;
    }

    private static <T> void copy(Iterator<T> from, Consumer<T> to) {
        while (from.hasNext()) {
            to.accept(from.next());
        }
    }

    /** Counts one answer against the budget; throws when it goes over. */
    private final class Tally {
        private final String unit;
        private long items;
        private long chars;

        Tally(String unit) {
            this.unit = unit;
        }

        void item() {
            if (++items > maxItems) {
                throw new QueryDeniedException("The answer has more than " + maxItems + " " + unit
                        + ", the most this server sends at once; ask for fewer (LIMIT " + maxItems + ", and OFFSET to page)");
            }
        }

        void chars(Node node) {
            chars += size(node);
            if (chars > maxChars) {
                throw new QueryDeniedException("The answer is larger than " + maxChars
                        + " characters, the most this server sends at once; ask for fewer rows or shorter values");
            }
        }

        void chars(Triple triple) {
            chars(triple.getSubject());
            chars(triple.getPredicate());
            chars(triple.getObject());
        }

        private static long size(Node node) {
            if (node == null) {
                return 0;
            }
            if (node.isURI()) {
                return node.getURI().length();
            }
            if (node.isLiteral()) {
                return node.getLiteralLexicalForm().length() + node.getLiteralDatatypeURI().length()
                        + node.getLiteralLanguage().length();
            }
            return 32;
        }
    }
}
