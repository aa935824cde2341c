package org.w3id.e2eekg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the triples of one graph as sorted Turtle statements, the body shared by the
 * Turtle and TriG writers.
 *
 * <p>Layout: one block per subject, subjects in {@link Terms#order()}; in a block
 * {@code rdf:type} ({@code a}) first, its classes on one line, then predicates by IRI; the
 * objects of a predicate sorted by their written form, the first on the predicate's line and
 * the rest one per line. A blank node that is the object of exactly one triple is written inline,
 * {@code [ ... ]}, or as a collection {@code ( ... )} when it heads a well-formed RDF
 * list; other blank nodes are written with their canonical labels.
 */
final class TurtleBlockWriter {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node FIRST = RDF.first.asNode();
    private static final Node REST = RDF.rest.asNode();
    private static final Node NIL = RDF.nil.asNode();

    private final Terms terms;

    TurtleBlockWriter(Terms terms) {
        this.terms = terms;
    }

    /** Writes {@code triples} (no duplicates) with every line prefixed by {@code indent}. */
    void write(Writer out, Collection<Triple> triples, String indent) throws IOException {
        new Block(triples).write(out, indent);
    }

    /** The triples of one graph, indexed for writing. */
    private final class Block {
        private final Map<Node, List<Triple>> bySubject = new HashMap<>();
        private final Map<Node, Integer> objectUses = new HashMap<>();
        private final Set<Node> inline = new HashSet<>();

        Block(Collection<Triple> triples) {
            for (Triple t : triples) {
                bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
                if (t.getObject().isBlank()) {
                    objectUses.merge(t.getObject(), 1, Integer::sum);
                }
            }
            objectUses.forEach((n, uses) -> {
                if (uses == 1) {
                    inline.add(n);
                }
            });
            breakCycles();
        }

        /**
         * Inline blank nodes must be reachable from a subject written at the top level; a
         * cycle of blank nodes used once each is not, so one node of each such cycle (the
         * least by label) is written at the top level instead.
         */
        private void breakCycles() {
            while (true) {
                Set<Node> reached = new HashSet<>();
                for (Node s : bySubject.keySet()) {
                    if (!inline.contains(s)) {
                        reach(s, reached);
                    }
                }
                List<Node> lost = new ArrayList<>();
                for (Node s : bySubject.keySet()) {
                    if (inline.contains(s) && !reached.contains(s)) {
                        lost.add(s);
                    }
                }
                if (lost.isEmpty()) {
                    return;
                }
                lost.sort(terms.order());
                inline.remove(lost.get(0));
            }
        }

        private void reach(Node s, Set<Node> reached) {
            for (Triple t : bySubject.getOrDefault(s, List.of())) {
                Node o = t.getObject();
                if (inline.contains(o) && reached.add(o)) {
                    reach(o, reached);
                }
            }
        }

        void write(Writer out, String indent) throws IOException {
            List<Node> subjects = new ArrayList<>();
            for (Node s : bySubject.keySet()) {
                if (!inline.contains(s)) {
                    subjects.add(s);
                }
            }
            subjects.sort(terms.order());
            boolean first = true;
            for (Node s : subjects) {
                if (!first) {
                    out.write("\n");
                }
                first = false;
                out.write(indent + terms.turtle(s) + "\n");
                List<String> lines = predicateObjects(s, indent + "    ");
                for (int i = 0; i < lines.size(); i++) {
                    out.write(lines.get(i) + (i == lines.size() - 1 ? " .\n" : " ;\n"));
                }
            }
        }

        /** One entry per predicate, each possibly spanning several lines, without the separator. */
        private List<String> predicateObjects(Node s, String indent) {
            Map<Node, List<String>> byPredicate = new TreeMap<>(this::comparePredicates);
            for (Triple t : bySubject.getOrDefault(s, List.of())) {
                byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(object(t.getObject()));
            }
            List<String> out = new ArrayList<>();
            byPredicate.forEach((p, objects) -> {
                objects.sort(null);
                String pred = p.equals(TYPE) ? "a" : terms.turtle(p);
                String sep = p.equals(TYPE) ? " , " : " ,\n" + indent + "    ";
                out.add(indent + pred + " " + String.join(sep, objects));
            });
            return out;
        }

        private int comparePredicates(Node a, Node b) {
            if (a.equals(b)) {
                return 0;
            }
            if (a.equals(TYPE)) {
                return -1;
            }
            if (b.equals(TYPE)) {
                return 1;
            }
            return terms.order().compare(a, b);
        }

        private String object(Node o) {
            if (!inline.contains(o)) {
                return terms.turtle(o);
            }
            List<Node> items = listItems(o);
            if (items != null) {
                List<String> written = new ArrayList<>();
                items.forEach(i -> written.add(object(i)));
                return written.isEmpty() ? "( )" : "( " + String.join(" ", written) + " )";
            }
            List<Triple> ts = bySubject.getOrDefault(o, List.of());
            if (ts.isEmpty()) {
                return "[]";
            }
            Map<Node, List<String>> byPredicate = new TreeMap<>(this::comparePredicates);
            for (Triple t : ts) {
                byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(object(t.getObject()));
            }
            List<String> parts = new ArrayList<>();
            byPredicate.forEach((p, objects) -> {
                objects.sort(null);
                parts.add((p.equals(TYPE) ? "a" : terms.turtle(p)) + " " + String.join(" , ", objects));
            });
            return "[ " + String.join(" ; ", parts) + " ]";
        }

        /** The items of the well-formed list headed by {@code head}, or null when it is not one. */
        private List<Node> listItems(Node head) {
            List<Node> items = new ArrayList<>();
            Node cell = head;
            while (!cell.equals(NIL)) {
                if (!cell.isBlank() || !inline.contains(cell)) {
                    return null;
                }
                List<Triple> ts = bySubject.getOrDefault(cell, List.of());
                if (ts.size() != 2) {
                    return null;
                }
                Node item = null;
                Node rest = null;
                for (Triple t : ts) {
                    if (t.getPredicate().equals(FIRST)) {
                        item = t.getObject();
                    } else if (t.getPredicate().equals(REST)) {
                        rest = t.getObject();
                    }
                }
                if (item == null || rest == null) {
                    return null;
                }
                items.add(item);
                cell = rest;
            }
            return items;
        }
    }
}
