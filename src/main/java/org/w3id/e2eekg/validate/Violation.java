package org.w3id.e2eekg.validate;

import java.util.Comparator;

/**
 * One SHACL result, reduced to what a reader needs: the node, the property path (empty for
 * a node-level constraint) and the shape's message. Nodes are written with the project's
 * prefixes.
 *
 * @param focus   the node that fails
 * @param path    the property path, or an empty string
 * @param message what is wrong
 */
public record Violation(String focus, String path, String message) implements Comparable<Violation> {
    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::focus)
            .thenComparing(Violation::path).thenComparing(Violation::message);

    /** The violation on one line: {@code focus path: message}. */
    public String oneLine() {
        String where = path.isEmpty() ? focus : focus + " " + path;
        return (where + ": " + message).replaceAll("\\s+", " ").strip();
    }

    @Override
    public int compareTo(Violation o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return oneLine();
    }
}
