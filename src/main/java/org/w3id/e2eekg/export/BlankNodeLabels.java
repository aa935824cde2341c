package org.w3id.e2eekg.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Labels for blank nodes that depend only on the data around them, not on the labels a
 * store happens to give them, so that output with blank nodes is reproducible.
 *
 * <p>Colour refinement (one-dimensional Weisfeiler-Lehman): each blank node starts with the
 * same colour; each round its colour becomes a hash of its colour and the sorted list of
 * the quads it occurs in, with itself written {@code *} and other blank nodes by their
 * colour. Rounds stop when they no longer split any colour class.
 *
 * <p>Trade-off: this is not full canonicalisation (such as RDFC-1.0). Blank nodes that end
 * with the same colour get a numeric suffix in arbitrary order. For the blank nodes this
 * project has (the cells of short RDF lists in the shapes) colours always differ; where
 * they did not, the tied nodes would be interchangeable copies, whose sorted output is the
 * same whichever suffix each gets.
 */
public final class BlankNodeLabels {
    private static final int MAX_ROUNDS = 64;
    private final Map<Node, String> labels;

    private BlankNodeLabels(Map<Node, String> labels) {
        this.labels = labels;
    }

    /** Labels for every blank node of {@code quads}. */
    public static BlankNodeLabels of(Collection<Quad> quads) {
        Map<Node, List<Quad>> incident = new HashMap<>();
        for (Quad q : quads) {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getObject()}) {
                if (n != null && n.isBlank()) {
                    List<Quad> l = incident.computeIfAbsent(n, k -> new ArrayList<>());
                    if (l.isEmpty() || l.get(l.size() - 1) != q) {
                        l.add(q);
                    }
                }
            }
        }
        if (incident.isEmpty()) {
            return new BlankNodeLabels(Map.of());
        }
        Map<Node, String> colour = new HashMap<>();
        incident.keySet().forEach(b -> colour.put(b, ""));
        int classes = 1;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<Node, String> next = new HashMap<>();
            for (Map.Entry<Node, List<Quad>> e : incident.entrySet()) {
                List<String> signature = new ArrayList<>();
                for (Quad q : e.getValue()) {
                    signature.add(encode(q, e.getKey(), colour));
                }
                signature.sort(null);
                next.put(e.getKey(), hash(colour.get(e.getKey()) + "\n" + String.join("\n", signature)));
            }
            int nextClasses = new HashSet<>(next.values()).size();
            colour.clear();
            colour.putAll(next);
            if (round > 0 && nextClasses == classes) {
                break;
            }
            classes = nextClasses;
        }
        Map<String, List<Node>> byColour = new TreeMap<>();
        colour.forEach((b, c) -> byColour.computeIfAbsent(c, k -> new ArrayList<>()).add(b));
        Map<Node, String> labels = new HashMap<>();
        byColour.forEach((c, nodes) -> {
            for (int i = 0; i < nodes.size(); i++) {
                labels.put(nodes.get(i), "b" + c + (nodes.size() > 1 ? "x" + i : ""));
            }
        });
        return new BlankNodeLabels(labels);
    }

    /** The label of a blank node of the data, without {@code _:}. */
    public String label(Node blank) {
        String l = labels.get(blank);
        if (l == null) {
            throw new IllegalArgumentException("blank node not in the labelled data: " + blank);
        }
        return l;
    }

    Set<Node> nodes() {
        return labels.keySet();
    }

    private static String encode(Quad q, Node self, Map<Node, String> colour) {
        StringBuilder sb = new StringBuilder();
        for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
            if (n == null) {
                sb.append("-");
            } else if (n.equals(self)) {
                sb.append('*');
            } else if (n.isBlank()) {
                sb.append("_:").append(colour.get(n));
            } else {
                sb.append(NodeFmtLib.strNT(n));
            }
            sb.append(' ');
        }
        return sb.toString();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
