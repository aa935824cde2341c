package org.w3id.e2eekg.ingest.web;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text every element of a page holds, in all, in links and in paragraphs, counted
 * in one pass from the leaves up. The main-text rules compare these lengths for many
 * elements, most of them nested in one another; asking each element for its text would read
 * a subtree once per ancestor, which a crafted page (hundreds of nested blocks around a
 * megabyte of text) turns into minutes. A snapshot: lengths do not follow later changes to
 * the page.
 */
final class TextLengths {
    private static final int TEXT = 0;
    private static final int LINKS = 1;
    private static final int PARAGRAPHS = 2;

    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    private TextLengths() {}

    /** The lengths of {@code root} and every element below it. */
    static TextLengths of(Element root) {
        TextLengths t = new TextLengths();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // counted on the way up
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    t.counts(parent)[TEXT] += text.text().length();
                } else if (node instanceof Element e) {
                    int[] own = t.counts(e);
                    if ("a".equals(e.normalName())) {
                        own[LINKS] = own[TEXT];
                    }
                    if ("p".equals(e.normalName())) {
                        own[PARAGRAPHS] = own[TEXT];
                    }
                    if (e != root && e.parent() != null) {
                        int[] up = t.counts(e.parent());
                        for (int k = 0; k < own.length; k++) {
                            up[k] += own[k];
                        }
                    }
                }
            }
        }, root);
        return t;
    }

    private int[] counts(Element e) {
        return lengths.computeIfAbsent(e, k -> new int[3]);
    }

    /** The length of all the text below {@code e}. */
    int text(Element e) {
        return counts(e)[TEXT];
    }

    /** The length of the text of the paragraphs ({@code <p>}) below {@code e}. */
    int paragraphs(Element e) {
        return counts(e)[PARAGRAPHS];
    }

    /** The share of {@code e}'s text that sits in links; 1 for an element without text. */
    double linkDensity(Element e) {
        int[] l = counts(e);
        return l[TEXT] == 0 ? 1 : (double) l[LINKS] / l[TEXT];
    }
}
