package org.w3id.e2eekg.export;

import java.util.Comparator;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;

/**
 * How the writers spell and order RDF terms. IRIs and literals are formatted by Jena
 * ({@link NodeFmtLib}, which also escapes them); blank nodes get their canonical labels.
 * Order: IRIs, then blank nodes, then literals; IRIs by their full text (not by how a
 * prefix abbreviates them), blank nodes by label, literals by lexical form, datatype and
 * language.
 */
final class Terms {
    private final PrefixMap prefixes;
    private final BlankNodeLabels blanks;

    Terms(PrefixMap prefixes, BlankNodeLabels blanks) {
        this.prefixes = prefixes;
        this.blanks = blanks;
    }

    /** The term as Turtle writes it, abbreviated with the prefixes. */
    String turtle(Node n) {
        return n.isBlank() ? "_:" + blanks.label(n) : NodeFmtLib.str(n, prefixes);
    }

    /** The term as N-Triples and N-Quads write it. */
    String nt(Node n) {
        return n.isBlank() ? "_:" + blanks.label(n) : NodeFmtLib.strNT(n);
    }

    /** A blank node renamed to its canonical label; other terms as they are. */
    Node canonical(Node n) {
        return n.isBlank() ? org.apache.jena.graph.NodeFactory.createBlankNode(blanks.label(n)) : n;
    }

    Comparator<Node> order() {
        return Comparator.comparingInt(Terms::rank).thenComparing(this::key);
    }

    private static int rank(Node n) {
        return n.isURI() ? 0 : n.isBlank() ? 1 : n.isLiteral() ? 2 : 3;
    }

    private String key(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return blanks.label(n);
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm() + "\u0000" + n.getLiteralDatatypeURI() + "\u0000" + n.getLiteralLanguage();
        }
        return n.toString();
    }
}
